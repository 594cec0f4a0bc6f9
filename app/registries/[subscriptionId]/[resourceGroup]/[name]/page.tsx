// /registries/{subscriptionId}/{resourceGroup}/{name}: one registry, its regions' resources, and what can be
// changed. Params are validated before they become ARM paths; an unknown registry is a 404 page, and a
// registry the principal may not read says which role is missing.
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

type Params = Promise<{ subscriptionId: string; resourceGroup: string; name: string }>;

/** The registry's name as the document title. */
export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const ref = parseRegistryRef(await params);
  return { title: ref ? ref.name : 'Registry' };
}

/** The registry page. */
export default async function RegistryPage({ params }: { params: Params }) {
  const ref = parseRegistryRef(await params);
  if (!ref) notFound();
  const queryClient = getQueryClient();
  // ARM gets a few seconds of the first paint (lib/arm/deadline.ts); past that the page shows why it waits
  // and the browser reads again by itself (registry-query.ts), so a hung or throttling ARM never holds the
  // response for ARM's own 90 s timeout.
  const budgeted = <T,>(read: () => Promise<T>) => () => withArmDeadline(PAGE_ARM_BUDGET_MS, read);
  const [result] = await Promise.all([
    queryClient.fetchQuery({ ...registryDetailsQuery(ref), queryFn: budgeted(() => getRegistryDetailsAction(ref)) }),
    queryClient.prefetchQuery({ ...writeAccessQuery(ref), queryFn: budgeted(() => getWriteAccessAction(ref)) }),
  ]);
  if (!result.ok && result.status === 404) notFound();
  if (!result.ok && result.status === 403) return <RegistryAccessDenied registry={ref} error={failureView(result)} />;
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <RegistryView registry={ref} />
    </HydrationBoundary>
  );
}
