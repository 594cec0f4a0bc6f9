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
  const [result] = await Promise.all([queryClient.fetchQuery(registryDetailsQuery(ref)), queryClient.prefetchQuery(writeAccessQuery(ref))]);
  if (!result.ok && result.status === 404) notFound();
  if (!result.ok && result.status === 403) return <RegistryAccessDenied registry={ref} error={failureView(result)} />;
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <RegistryView registry={ref} />
    </HydrationBoundary>
  );
}
