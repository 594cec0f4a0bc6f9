// /registries/{subscriptionId}/{resourceGroup}/{name}: one registry, its regions' resources, and what can be
// changed. Params are validated before they become ARM paths; an unknown registry is a 404 page, and a
// registry the principal may not read says which role is missing.
// No loading.tsx here (nor above: the list's skeleton lives in the (list) route group): the page is rendered
// whole on the server, so the first HTML already holds the registry — readable with JavaScript off, and no
// skeleton flashes on a full load.
import { dehydrate, HydrationBoundary } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getQueryClient } from '@/components/providers/get-query-client';
import { RegistryAccessDenied } from '@/components/registry-page/registry-access-denied';
import { parseRegistryRef } from '@/lib/registries/registry-ref';
import { registryDetailsQuery, writeAccessQuery } from './registry-query';
import { RegistryView } from './registry-view';
import { failureView } from '@/lib/action-kit/action-result';
import { PAGE_ARM_BUDGET_MS, withArmDeadline } from '@/lib/arm/deadline';
import { getRegistryDetailsAction } from './get-registry-details-action';
import { getWriteAccessAction } from './get-write-access-action';
import { prefetchAssetTab } from '@/components/registry-assets/asset-queries';
import { ASSET_TAB_ACTIONS } from './asset-tab-actions';

type Params = Promise<{ subscriptionId: string; resourceGroup: string; name: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The registry's name as the document title. */
export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const ref = parseRegistryRef(await params);
  return { title: ref ? ref.name : 'Registry' };
}

/** The registry page. */
export default async function RegistryPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const ref = parseRegistryRef(await params);
  if (!ref) notFound();
  const queryClient = getQueryClient();
  // ARM gets a few seconds of the first paint (lib/arm/deadline.ts); past that the page shows why it waits
  // and the browser reads again by itself (registry-query.ts), so a hung or throttling ARM never holds the
  // response for ARM's own 90 s timeout.
  const budgeted = <T,>(read: () => Promise<T>) => () => withArmDeadline(PAGE_ARM_BUDGET_MS, read);
  const search = await searchParams;
  const [result] = await Promise.all([
    queryClient.fetchQuery({ ...registryDetailsQuery(ref), queryFn: budgeted(() => getRegistryDetailsAction(ref)) }),
    queryClient.prefetchQuery({ ...writeAccessQuery(ref), queryFn: budgeted(() => getWriteAccessAction(ref)) }),
    // The asset tab's first page rides the same budget; past it the tab reads on in the browser.
    withArmDeadline(PAGE_ARM_BUDGET_MS, () => prefetchAssetTab(queryClient, ref, search.tab, ASSET_TAB_ACTIONS, search.archived === '1')),
  ]);
  if (!result.ok && result.status === 404) notFound();
  if (!result.ok && result.status === 403) return <RegistryAccessDenied registry={ref} error={failureView(result)} />;
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <RegistryView registry={ref} />
    </HydrationBoundary>
  );
}
