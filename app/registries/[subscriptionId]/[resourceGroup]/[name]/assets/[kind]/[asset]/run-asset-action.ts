// The shared frame of the asset page's server actions: the asset address (route params arrive untrusted)
// is validated here, then the registry page's frame runs the work — the caller's permission checked at the
// registry, ARM errors turned into plain-words failures.
import 'server-only';
import { invalidInput, type ActionResult } from '@/lib/action-kit/action-result';
import type { ArmClient } from '@/lib/arm/client';
import { parseAssetRef, type AssetRef } from '@/lib/registries/assets/asset-ref';
import { runRegistryAction } from '../../../run-action';

/** Runs `work` for a validated asset with the signed-in principal's ARM client, after checking `requires` when given. */
export async function runAssetAction<T>(rawRef: unknown, work: (client: ArmClient, ref: AssetRef) => Promise<ActionResult<T>>, requires?: string): Promise<ActionResult<T>> {
  const ref = parseAssetRef(rawRef);
  if (!ref) return invalidInput('That is not an asset address (subscription id, resource group, registry, kind and asset name).');
  return runRegistryAction(ref.registry, (client) => work(client, ref), requires);
}
