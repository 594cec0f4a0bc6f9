// /registries: the registries the console's principal can read, fetched on the server and handed to the
// client cache (HydrationBoundary), so the first paint already has the rows.
import { dehydrate, HydrationBoundary } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { getQueryClient } from '@/components/providers/get-query-client';
import { PageHeader } from '@/components/shell/page-header';
import { registriesQuery } from './registries-query';
import { RegistriesView } from './registries-view';

/** Title of the Registries hub. */
export const metadata: Metadata = { title: 'Registries' };

/** The Registries hub's list page. */
export default async function RegistriesPage() {
  const queryClient = getQueryClient();
  // fetchQuery (not prefetchQuery) so an unexpected failure reaches error.tsx; ARM errors come back as data.
  await queryClient.fetchQuery(registriesQuery());
  return (
    <>
      <PageHeader
        title="Registries"
        description="Azure Machine Learning registries in every subscription you can read."
      />
      <HydrationBoundary state={dehydrate(queryClient)}>
        <RegistriesView />
      </HydrationBoundary>
    </>
  );
}
