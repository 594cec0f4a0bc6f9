'use server';
// Server functions of the Registries hub. They return ARM failures as data, so the page can show the code and
// request id (a thrown error would reach the client redacted).
import { armErrorViewOf, type ArmErrorView } from '@/components/arm-error/arm-error-view';
import { isArmError } from '@/lib/arm/errors';
import { listRegistries } from '@/lib/registries/list-registries';
import type { RegistryRow } from '@/lib/registries/registry-row';

/** The registries list, or the ARM error that prevented reading it. */
export type ListRegistriesResult = { ok: true; data: RegistryRow[] } | ({ ok: false } & ArmErrorView);

/** Every registry the console's principal can read, across its subscriptions. */
export async function listRegistriesAction(): Promise<ListRegistriesResult> {
  try {
    return { ok: true, data: await listRegistries() };
  } catch (error) {
    const view = isArmError(error) ? armErrorViewOf(error) : null;
    if (!view) throw error;
    return { ok: false, ...view };
  }
}
