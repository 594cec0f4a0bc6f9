// A kind's assets for the registry page's tab, one ARM page at a time (mfe.json container lists page with
// nextLink), so 5,000 containers never load in one render; and the version counts of the rows in view
// (ARM's container has latestVersion but no count: one version list per asset, a few in flight).
import 'server-only';
import type { ListViewType } from '@/lib/arm/asset-wire-types';
import type { ArmClient } from '@/lib/arm/client';
import { assetKindPath, listAssetContainersPage, listAssetVersions, type RegistryRef as ArmAssetRegistry } from '@/lib/arm/registry-assets';
import type { BrowsableAssetKind } from '@/lib/registries/assets/asset-kinds';
import { toAssetRow, type AssetRow, type AssetRowsPage } from '@/lib/registries/assets/asset-view';
import type { RegistryRef } from '@/lib/registries/registry-ref';
import { mapWithLimit } from './map-with-limit';

// ARM throttles per principal; a tab's visible rows never need more than this many lists at once.
const COUNT_CONCURRENCY = 4;

/** lib/arm's registry address. */
export function armRegistryOf(ref: RegistryRef): ArmAssetRegistry {
  return { subscriptionId: ref.subscriptionId, resourceGroup: ref.resourceGroup, registryName: ref.name };
}

/**
 * True when `link` continues this registry's list of `kind` (same path, case-insensitively): a nextLink comes
 * back from the browser, so it must not steer the principal's token to another list. (lib/arm refuses
 * other origins itself.)
 */
export function isAssetListLink(ref: RegistryRef, kind: BrowsableAssetKind, link: string): boolean {
  try {
    return new URL(link).pathname.toLowerCase() === assetKindPath(armRegistryOf(ref), kind).toLowerCase();
  } catch {
    return false;
  }
}

/**
 * The first page (no `nextLink`) or the page `nextLink` names, and up to `pages - 1` more after it: a search
 * must read every page, and ARM's chain of nextLinks is sequential anyway, so one action call follows several
 * links instead of paying a browser round trip per page.
 */
export async function listAssetRowsPage(client: ArmClient, ref: RegistryRef, kind: BrowsableAssetKind, opts: { view: ListViewType; nextLink?: string | null; pages?: number }): Promise<AssetRowsPage> {
  const rows: AssetRow[] = [];
  let link: string | null = opts.nextLink ?? null;
  for (let read = 0; read < (opts.pages ?? 1); read++) {
    const page = await listAssetContainersPage(client, armRegistryOf(ref), kind, { view: opts.view, nextLink: link ?? undefined });
    rows.push(...page.value.map(toAssetRow));
    link = page.nextLink ?? null;
    if (!link) break;
  }
  return { rows, nextLink: link };
}

/** How many versions (active and archived) each named asset has. */
export async function countAssetVersions(client: ArmClient, ref: RegistryRef, kind: BrowsableAssetKind, names: readonly string[]): Promise<Record<string, number>> {
  const counts = await mapWithLimit(names, COUNT_CONCURRENCY, async (name) => {
    const versions = await listAssetVersions(client, armRegistryOf(ref), kind, name, kind === 'components' ? {} : { listViewType: 'All' });
    return [name, versions.length] as const;
  });
  return Object.fromEntries(counts);
}
