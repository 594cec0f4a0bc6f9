// /registries: every registry the signed-in principal can read, fetched on the server and handed to the
// client cache (HydrationBoundary), so the first paint already has the rows; the view (search, filters,
// sort) comes from the URL, so a reload or a shared link renders the same rows on the server too.
import { dehydrate, HydrationBoundary } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { getQueryClient } from '@/components/providers/get-query-client';
import { PageHeader } from '@/components/shell/page-header';
import { parseListView } from '@/lib/registries/list-view-state';
import { registriesQuery } from './registries-query';
import { RegistriesView } from './registries-view';

/** Title of the Registries hub. */
export const metadata: Metadata = { title: 'Registries' };

/** The Registries hub's list page. */
export default async function RegistriesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const queryClient = getQueryClient();
  // fetchQuery (not prefetchQuery) so an unexpected failure reaches error.tsx; ARM errors come back as data.
  const [, params] = await Promise.all([queryClient.fetchQuery(registriesQuery()), searchParams]);
  return (
    <>
      <PageHeader title="Registries" description="Azure Machine Learning registries in every subscription you can read." />
      <HydrationBoundary state={dehydrate(queryClient)}>
        <RegistriesView initialView={parseListView(params)} />
      </HydrationBoundary>
    </>
  );
}
