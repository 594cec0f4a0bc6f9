// A version PUT that changes only what mfe.json lets an existing version change: it resends the version as
// ARM holds it with the change applied — any other difference is ARM's 409 — and leaves out what ARM
// computes (provisioningState, the emulator's regionReplication).
import 'server-only';
import type { WireAssetVersion } from '@/lib/arm/asset-wire-types';
import type { ArmClient } from '@/lib/arm/client';
import { beginCreateOrUpdateAssetVersion, getAssetVersion } from '@/lib/arm/registry-assets';
import type { AssetRef } from '@/lib/registries/assets/asset-ref';
import { armRegistryOf } from '@/lib/registries/server/assets-list';

/** GETs the version and PUTs it back with `change` applied to its properties. */
export async function putAssetVersion(client: ArmClient, ref: AssetRef, version: string, change: (p: WireAssetVersion['properties']) => WireAssetVersion['properties']): Promise<void> {
  const registry = armRegistryOf(ref.registry);
  const current = await getAssetVersion(client, registry, ref.kind, ref.name, version);
  const { provisioningState: _state, regionReplication: _replication, ...properties } = current.properties ?? {};
  await beginCreateOrUpdateAssetVersion(client, registry, ref.kind, ref.name, version, { properties: change(properties) });
}

