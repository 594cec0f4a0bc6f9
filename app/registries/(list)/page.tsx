// /registries: every registry the signed-in principal can read, fetched on the server and handed to the
// client cache (HydrationBoundary), so the first paint already has the rows; the view (search, filters,
// sort) comes from the URL, so a reload or a shared link renders the same rows on the server too.
import { dehydrate, HydrationBoundary } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { getQueryClient } from '@/components/providers/get-query-client';
import { parseListView } from '@/lib/registries/list-view-state';
import { LIST_ARM_BUDGET_MS, withArmDeadline } from '@/lib/arm/deadline';
import { listRegistriesAction } from '../actions';
import { registriesQuery } from '../registries-query';
import { screenStatusesForRender } from '../screen-statuses';
import { RegistriesView } from '../registries-view';

/** Title of the Registries hub. */
export const metadata: Metadata = { title: 'Registries' };

/** The Registries hub's list page. */
export default async function RegistriesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const queryClient = getQueryClient();
  // fetchQuery (not prefetchQuery) so an unexpected failure reaches error.tsx; ARM errors come back as data.
  // ARM gets a few seconds of the first paint (throttling waits included); past that the page shows why it
  // is waiting, and the browser carries on reading (registriesQuery refetches those answers by itself).
  const list = { ...registriesQuery(), queryFn: () => withArmDeadline(LIST_ARM_BUDGET_MS, () => listRegistriesAction()) };
  const [result, params] = await Promise.all([queryClient.fetchQuery(list), searchParams]);
  // Waited for one turn of the event loop at most: the rows stream at once, the on-screen statuses with them
  // when the read needed no ARM request, else into their cells when read.
  const screenStatuses = result.ok ? await screenStatusesForRender(result.data) : null;
  return (
    // The header with the asset search is the (list) layout's, above the loading boundary.
    <HydrationBoundary state={dehydrate(queryClient)}>
      <RegistriesView initialView={parseListView(params)} screenStatuses={screenStatuses} />
    </HydrationBoundary>
  );
}
