// Query options of the asset tabs and the asset page, shared by the server render (page.tsx prefetches) and
// the client components, so both use one key and one fetcher. The fetchers are the routes' server actions,
// passed in (components never import app/).
import { infiniteQueryOptions, queryOptions, type QueryClient } from '@tanstack/react-query';
import type { ActionResult } from '@/lib/action-kit/action-result';
import { readAgainDelay, readAgainInterval } from '@/lib/action-kit/reads-again';
import { isBrowsableAssetKind, type BrowsableAssetKind } from '@/lib/registries/assets/asset-kinds';
import type { AssetRef } from '@/lib/registries/assets/asset-ref';
import type { AssetRowsPage } from '@/lib/registries/assets/asset-view';
import type { RegistryRef } from '@/lib/registries/registry-ref';
import type { AssetPageActions, AssetTabActions } from './asset-actions';

/** The key every asset query of one registry starts with (so one invalidation refreshes them all). */
export function registryAssetsKey(ref: RegistryRef) {
  return ['registry-assets', ref.subscriptionId.toLowerCase(), ref.resourceGroup.toLowerCase(), ref.name.toLowerCase()] as const;
}

/** Where the next fetch starts (null: the first page) and how many ARM pages it reads. */
export interface AssetRowsPageParam {
  nextLink: string | null;
  pages: number;
}

/**
 * A kind's rows, fetch by fetch. `burst` is how many ARM pages the next fetch reads: one while the person
 * scrolls, several while a search needs every page (the same key either way: one list of rows).
 */
export function assetRowsQuery(ref: RegistryRef, kind: BrowsableAssetKind, view: 'ActiveOnly' | 'All', listPage: AssetTabActions['listPage'], burst = 1) {
  return infiniteQueryOptions({
    queryKey: [...registryAssetsKey(ref), 'rows', kind, view] as const,
    queryFn: ({ pageParam }): Promise<ActionResult<AssetRowsPage>> => listPage(ref, { kind, view, nextLink: pageParam.nextLink, pages: pageParam.pages }),
    initialPageParam: { nextLink: null, pages: 1 } as AssetRowsPageParam,
    getNextPageParam: (last): AssetRowsPageParam | undefined => (last.ok && last.data.nextLink ? { nextLink: last.data.nextLink, pages: burst } : undefined),
    // A first page cut short by the render's ARM budget (or throttled) reads again by itself, like the registry's.
    refetchInterval: (query) => readAgainDelay(query.state.data?.pages[0]),
  });
}

/** What the principal may change in the registry's assets. */
export function assetAccessQuery(ref: RegistryRef, access: AssetTabActions['access']) {
  return queryOptions({ queryKey: [...registryAssetsKey(ref), 'access'] as const, queryFn: () => access(ref), staleTime: 5 * 60_000, refetchInterval: readAgainInterval });
}

/** The asset page's data for `version` (null: the latest). */
export function assetPageQuery(ref: AssetRef, version: string | null, load: AssetPageActions['load']) {
  return queryOptions({
    queryKey: [...registryAssetsKey(ref.registry), 'asset', ref.kind, ref.name, version] as const,
    queryFn: () => load({ ...ref.registry, kind: ref.kind, asset: ref.name }, version),
    // A render cut short by the page's ARM budget (or throttled) reads again by itself, like the registry's.
    refetchInterval: readAgainInterval,
  });
}

/** The files of one version's artifact. */
export function assetFilesQuery(ref: AssetRef, version: string, artifactUri: string | null, list: AssetPageActions['listFiles']) {
  return queryOptions({
    queryKey: [...registryAssetsKey(ref.registry), 'files', ref.kind, ref.name, version] as const,
    queryFn: () => list({ ...ref.registry, kind: ref.kind, asset: ref.name }, version, artifactUri),
    // The download links carry a SAS that expires; re-read them well before it does.
    staleTime: 10 * 60_000,
  });
}

/**
 * The server render of an asset tab (`?tab=models`): the first page of rows and the access guards, so the
 * first paint shows data; later pages are the client's. Only the default view is prefetched (a deep link
 * with a search still renders the first page, then loads on).
 */
export async function prefetchAssetTab(client: QueryClient, ref: RegistryRef, tab: unknown, actions: AssetTabActions, archived = false): Promise<void> {
  if (!isBrowsableAssetKind(tab)) return;
  await Promise.all([
    client.prefetchInfiniteQuery(assetRowsQuery(ref, tab, archived ? 'All' : 'ActiveOnly', actions.listPage)),
    client.prefetchQuery(assetAccessQuery(ref, actions.access)),
  ]);
}
