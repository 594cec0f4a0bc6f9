// /registries/{sub}/{rg}/{registry}/assets/{kind}/{asset}?version=N: one asset of a registry. Params are
// validated before they become ARM paths (a malformed one is a 404 page, as is an asset ARM does not have);
// the asset and its versions are read on the server so the first paint shows them, within the page's ARM
// budget: past it the page says why it waits and the browser reads on by itself (asset-queries.ts).
import { dehydrate, HydrationBoundary } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getQueryClient } from '@/components/providers/get-query-client';
import { AssetPageActionsProvider } from '@/components/registry-assets/asset-actions';
import { assetAccessQuery, assetPageQuery } from '@/components/registry-assets/asset-queries';
import { AssetPageView } from '@/components/registry-assets/asset-page-view';
import { PAGE_ARM_BUDGET_MS, withArmDeadline } from '@/lib/arm/deadline';
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
  // The same budget as the registry page (lib/arm/deadline.ts): a hung or throttling ARM never holds the
  // response; the queries carry the honest failure and the browser reads them again by itself.
  const { load, access } = ASSET_PAGE_ACTIONS;
  const budgeted = <T,>(read: () => Promise<T>) => () => withArmDeadline(PAGE_ARM_BUDGET_MS, read);
  const [result] = await Promise.all([
    queryClient.fetchQuery({ ...assetPageQuery(ref, version, load), queryFn: budgeted(() => load({ ...ref.registry, kind: ref.kind, asset: ref.name }, version)) }),
    queryClient.prefetchQuery({ ...assetAccessQuery(ref.registry, access), queryFn: budgeted(() => access(ref.registry)) }),
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
