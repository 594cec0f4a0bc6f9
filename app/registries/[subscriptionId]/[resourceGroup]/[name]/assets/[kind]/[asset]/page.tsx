// /registries/{sub}/{rg}/{registry}/assets/{kind}/{asset}?version=N: one asset of a registry. Params are
// validated before they become ARM paths (a malformed one is a 404 page, as is an asset ARM does not have);
// the asset and its versions are read on the server so the first paint shows them.
import { dehydrate, HydrationBoundary } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getQueryClient } from '@/components/providers/get-query-client';
import { AssetPageActionsProvider } from '@/components/registry-assets/asset-actions';
import { assetAccessQuery, assetPageQuery } from '@/components/registry-assets/asset-queries';
import { AssetPageView } from '@/components/registry-assets/asset-page-view';
import { parseAssetRef, parseAssetVersion } from '@/lib/registries/assets/asset-ref';
import { ASSET_PAGE_ACTIONS } from './asset-page-actions';

type Params = Promise<{ subscriptionId: string; resourceGroup: string; name: string; kind: string; asset: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The asset's name as the document title. */
export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const ref = parseAssetRef(await params);
  return { title: ref ? `${ref.name} · ${ref.registry.name}` : 'Asset' };
}

/** The asset page. */
export default async function AssetPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const ref = parseAssetRef(await params);
  if (!ref) notFound();
  const raw = (await searchParams).version;
  const version = typeof raw === 'string' ? parseAssetVersion(raw) : null;
  if (typeof raw === 'string' && !version) notFound();
  const queryClient = getQueryClient();
  const [result] = await Promise.all([
    queryClient.fetchQuery(assetPageQuery(ref, version, ASSET_PAGE_ACTIONS.load)),
    queryClient.prefetchQuery(assetAccessQuery(ref.registry, ASSET_PAGE_ACTIONS.access)),
  ]);
  if (!result.ok && result.status === 404) notFound();
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <AssetPageActionsProvider actions={ASSET_PAGE_ACTIONS}>
        <AssetPageView asset={ref} version={version} />
      </AssetPageActionsProvider>
    </HydrationBoundary>
  );
}
