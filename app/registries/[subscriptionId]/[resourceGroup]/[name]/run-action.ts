// The shared frame of this route's server actions: validate the registry address, check the caller's
// permission, run the ARM work, and turn ArmError into a plain-words failure (a thrown error would reach
// the client redacted).
import 'server-only';
import { invalidInput, type ActionResult } from '@/lib/action-kit/action-result';
import { browserRead } from '@/lib/action-kit/browser-read';
import { toFailure } from '@/lib/action-kit/to-failure';
import type { ArmClient } from '@/lib/arm/client';
import { registryPath } from '@/lib/arm/paths';
import { parseRegistryRef, type RegistryRef } from '@/lib/registries/registry-ref';
import { getConsoleArmClient } from '@/lib/session/arm-client';
import { requirePermission } from '@/lib/session/require-permission';

/**
 * Runs `work` for a validated registry address with the signed-in principal's ARM client; ARM failures become
 * results. With `requires`, the caller's permissions at the registry are checked first, so the server refuses
 * what the page disables whatever the browser sends — ARM would refuse too, but only after the reads.
 */
export async function runRegistryAction<T>(
  rawRef: unknown,
  work: (client: ArmClient, ref: RegistryRef) => Promise<ActionResult<T>>,
  requires?: string,
): Promise<ActionResult<T>> {
  const ref = parseRegistryRef(rawRef);
  if (!ref) return invalidInput('That is not a registry address (subscription id, resource group and registry name).');
  try {
    const client = await getConsoleArmClient();
    if (requires) {
      const refusal = await requirePermission(registryPath(ref.subscriptionId, ref.resourceGroup, ref.name), requires);
      if (refusal) return refusal;
    }
    return await work(client, ref);
  } catch (error) {
    return toFailure(error);
  }
}

/** runRegistryAction for a read the browser asks for (a panel, a tab): its ARM calls bounded by browserRead. */
export function runRegistryRead<T>(rawRef: unknown, work: (client: ArmClient, ref: RegistryRef) => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  return browserRead(() => runRegistryAction(rawRef, work));
}
