// The registry list the asset search starts from, read the way a page render reads ARM: within the page's
// budget (lib/arm/deadline.ts), so a hung or throttling ARM is said on the page within 3 s. The budget runs
// from the page's request, not from this one: the browser asks only once the page is hydrated (0.6-1.9 s
// after the request on the loaded 2-core test machine), and a whole budget after that came at 3.4 s. ARM
// slower than that, or not answering, is said as a `waiting` event and read again within the browser-read
// bound, in the same stream: the results follow as soon as ARM answers. A throttled read is not asked again
// before its Retry-After: it fails, and the page reads again by itself once that has passed.
import 'server-only';
import { browserRead } from '@/lib/action-kit/browser-read';
import { readsAgainByItself } from '@/lib/action-kit/reads-again';
import { toFailure } from '@/lib/action-kit/to-failure';
import type { ArmClient } from '@/lib/arm/client';
import { PAGE_ARM_BUDGET_MS, withArmDeadline } from '@/lib/arm/deadline';
import type { AssetSearchEvent } from '@/lib/registries/assets/asset-search';
import type { RegistryList } from '@/lib/registries/registry-list';
import { listRegistries } from '@/lib/registries/server/list-registries';

// Whatever the page's request left, ARM gets at least this long: less could not tell "not answering" from
// a healthy Resource Graph query (0.2-0.5 s).
const LEAST_MS = 500;

/**
 * What is left of the page's budget `askedAt` (ms since the epoch, the page render's clock; null for a
 * search the page starts again by itself: a whole budget), never less than LEAST_MS. The time comes from the
 * browser, which echoes what the page gave it: it can only move the budget within these bounds.
 */
export function searchListBudgetMs(askedAt: number | null, now = Date.now()): number {
  if (askedAt === null) return PAGE_ARM_BUDGET_MS;
  return Math.min(PAGE_ARM_BUDGET_MS, Math.max(LEAST_MS, PAGE_ARM_BUDGET_MS - (now - askedAt)));
}

/** Every registry the principal can read; `emit` is told when ARM keeps the person waiting. Throws ArmError. */
export async function listForSearch(client: ArmClient, emit: (event: AssetSearchEvent) => void, budgetMs = PAGE_ARM_BUDGET_MS): Promise<RegistryList> {
  try {
    return await withArmDeadline(budgetMs, () => listRegistries(client));
  } catch (error) {
    const failure = toFailure(error);
    if (!readsAgainByItself(failure) || failure.code === 'TooManyRequests') throw error;
    emit({ type: 'waiting', status: failure.status ?? 0, code: failure.code ?? 'ServiceTimeout', message: failure.message, requestId: failure.requestId ?? null, correlationId: failure.correlationId ?? null });
    return browserRead(() => listRegistries(client));
  }
}
