// The shared frame of this route's server actions: validate the registry address, run the ARM work, and
// turn ArmError into a plain-words failure (a thrown error would reach the client redacted).
import 'server-only';
import { armErrorViewOf } from '@/lib/registries/arm-error-view';
import { armFailure, type ActionResult } from '@/components/registry-page/action-result';
import { parseRegistryRef, type RegistryRef } from '@/components/registry-page/registry-ref';
import type { ArmClient } from '@/lib/arm/client';
import { isActionAllowed, listPermissions } from '@/lib/arm/authorization';
import { isArmError } from '@/lib/arm/errors';
import { registryPath } from '@/lib/arm/paths';
import { missingPermissionMessage } from '@/lib/session/rbac/missing-permission';
import { registryPageArmClient } from './arm-client';

/**
 * Runs `work` for a validated registry address with the route's ARM client; ARM failures become results.
 * With `requires`, the caller's permissions at the registry (permissions API) are checked first, so the server
 * refuses what the page disables whatever the browser sends — ARM would refuse too, but only after the reads.
 */
export async function runRegistryAction<T>(
  rawRef: unknown,
  work: (client: ArmClient, ref: RegistryRef) => Promise<ActionResult<T>>,
  requires?: string,
): Promise<ActionResult<T>> {
  const ref = parseRegistryRef(rawRef);
  if (!ref) return { ok: false, message: 'That is not a registry address (subscription id, resource group and registry name).' };
  try {
    const client = await registryPageArmClient();
    if (requires) {
      const scope = registryPath(ref.subscriptionId, ref.resourceGroup, ref.name);
      if (!isActionAllowed(await listPermissions(client, scope), requires)) {
        return { ok: false, code: 'AuthorizationFailed', message: `You don't have permission to do this. ${missingPermissionMessage(requires)} on this registry.` };
      }
    }
    return await work(client, ref);
  } catch (error) {
    const view = isArmError(error) ? armErrorViewOf(error) : null;
    if (!view) throw error;
    return armFailure(view);
  }
}
