// The shared frame of the asset page's server actions: validate the asset address (route params arrive
// untrusted), check the caller's permission at the registry, run the ARM work, and turn ArmError into a
// plain-words failure.
import 'server-only';
import { invalidInput, type ActionResult } from '@/lib/action-kit/action-result';
import { toFailure } from '@/lib/action-kit/to-failure';
import type { ArmClient } from '@/lib/arm/client';
import { registryPath } from '@/lib/arm/paths';
import { parseAssetRef, type AssetRef } from '@/lib/registries/assets/asset-ref';
import { getConsoleArmClient } from '@/lib/session/arm-client';
import { requirePermission } from '@/lib/session/require-permission';

/** Runs `work` for a validated asset with the signed-in principal's ARM client, after checking `requires` when given. */
export async function runAssetAction<T>(rawRef: unknown, work: (client: ArmClient, ref: AssetRef) => Promise<ActionResult<T>>, requires?: string): Promise<ActionResult<T>> {
  const ref = parseAssetRef(rawRef);
  if (!ref) return invalidInput('That is not an asset address (subscription id, resource group, registry, kind and asset name).');
  try {
    const client = await getConsoleArmClient();
    if (requires) {
      const refusal = await requirePermission(registryPath(ref.registry.subscriptionId, ref.registry.resourceGroup, ref.registry.name), requires);
      if (refusal) return refusal;
    }
    return await work(client, ref);
  } catch (error) {
    return toFailure(error);
  }
}
