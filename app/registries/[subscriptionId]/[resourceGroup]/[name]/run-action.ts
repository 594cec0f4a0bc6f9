// The shared frame of this route's server actions: validate the registry address, run the ARM work, and
// turn ArmError into a plain-words failure (a thrown error would reach the client redacted).
import 'server-only';
import { armErrorViewOf } from '@/components/arm-error/arm-error-view';
import { armFailure, type ActionResult } from '@/components/registry-page/action-result';
import { parseRegistryRef, type RegistryRef } from '@/components/registry-page/registry-ref';
import type { ArmClient } from '@/lib/arm/client';
import { isArmError } from '@/lib/arm/errors';
import { registryPageArmClient } from './arm-client';

/** Runs `work` for a validated registry address with the route's ARM client; ARM failures become results. */
export async function runRegistryAction<T>(
  rawRef: unknown,
  work: (client: ArmClient, ref: RegistryRef) => Promise<ActionResult<T>>,
): Promise<ActionResult<T>> {
  const ref = parseRegistryRef(rawRef);
  if (!ref) return { ok: false, message: 'That is not a registry address (subscription id, resource group and registry name).' };
  try {
    return await work(await registryPageArmClient(), ref);
  } catch (error) {
    const view = isArmError(error) ? armErrorViewOf(error) : null;
    if (!view) throw error;
    return armFailure(view);
  }
}
