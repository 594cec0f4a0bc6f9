// Everything the asset page shows about one asset: its container, every version (newest first; archived
// ones included), and the selected version (the one asked for, else the container's latest).
import 'server-only';
import type { ArmClient } from '@/lib/arm/client';
import { getAssetContainer, listAssetVersions } from '@/lib/arm/registry-assets';
import type { AssetRef } from '@/lib/registries/assets/asset-ref';
import { toAssetRow, toAssetVersionView, type AssetPageData } from '@/lib/registries/assets/asset-view';
import { armRegistryOf } from './assets-list';

/** Reads the asset; ARM errors of the container GET (404, 403…) propagate as ArmError. */
export async function loadAssetPage(client: ArmClient, ref: AssetRef, requestedVersion: string | null): Promise<AssetPageData> {
  const registry = armRegistryOf(ref.registry);
  const [container, wireVersions] = await Promise.all([
    getAssetContainer(client, registry, ref.kind, ref.name),
    listAssetVersions(client, registry, ref.kind, ref.name, ref.kind === 'components' ? { orderBy: 'createdtime desc' } : { listViewType: 'All', orderBy: 'createdtime desc' }),
  ]);
  const asset = toAssetRow(container);
  const versions = wireVersions.map((v) => toAssetVersionView(ref.kind, v));
  const wanted = requestedVersion ?? asset.latestVersion ?? versions[0]?.version ?? null;
  const selected = versions.find((v) => v.version === wanted) ?? (requestedVersion ? null : (versions[0] ?? null));
  return { asset, versions, selected, missingVersion: requestedVersion && !selected ? requestedVersion : null, readAt: new Date().toISOString() };
}
