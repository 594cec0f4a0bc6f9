// The registry list the asset search starts from, read the way a page render reads ARM: within the page's
// budget (lib/arm/deadline.ts), so a hung or throttling ARM is said on the page within 3 s. ARM slower than
// that, or not answering, is said as a `waiting` event and read again within the browser-read bound, in the
// same stream: the results follow as soon as ARM answers. A throttled read is not asked again before its
// Retry-After: it fails, and the page reads again by itself once that has passed (use-asset-search.ts).
import 'server-only';
import { browserRead } from '@/lib/action-kit/browser-read';
import { readsAgainByItself } from '@/lib/action-kit/reads-again';
import { toFailure } from '@/lib/action-kit/to-failure';
import type { ArmClient } from '@/lib/arm/client';
import { PAGE_ARM_BUDGET_MS, withArmDeadline } from '@/lib/arm/deadline';
import type { AssetSearchEvent } from '@/lib/registries/assets/asset-search';
import type { RegistryList } from '@/lib/registries/registry-list';
import { listRegistries } from '@/lib/registries/server/list-registries';

/** Every registry the principal can read; `emit` is told when ARM keeps the person waiting. Throws ArmError. */
export async function listForSearch(client: ArmClient, emit: (event: AssetSearchEvent) => void): Promise<RegistryList> {
  try {
    return await withArmDeadline(PAGE_ARM_BUDGET_MS, () => listRegistries(client));
  } catch (error) {
    const failure = toFailure(error);
    if (!readsAgainByItself(failure) || failure.code === 'TooManyRequests') throw error;
    emit({ type: 'waiting', status: failure.status ?? 0, code: failure.code ?? 'ServiceTimeout', message: failure.message, requestId: failure.requestId ?? null, correlationId: failure.correlationId ?? null });
    return browserRead(() => listRegistries(client));
  }
}
