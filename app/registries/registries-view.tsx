'use client';
// The client side of /registries: reads the hydrated list (Resource Graph's first page), loads the remaining
// pages in the background, takes the on-screen statuses the server render streams, then reads every row's,
// and renders the dashboard, the empty state or the ARM error.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { failureView } from '@/lib/action-kit/action-result';
import { BoundaryErrorState as ArmErrorState } from '@/components/arm-error/boundary-error-state';
import { RegistriesDashboard } from '@/components/registries/registries-dashboard';
import { RegistriesEmptyState } from '@/components/registries/registries-empty-state';
import { RegistriesTableSkeleton } from '@/components/registries/registries-table-skeleton';
import type { ListViewState } from '@/lib/registries/list-view-state';
import { CreateAccessActionsProvider } from '@/components/registries/create-access-actions';
import { ScreenStatusesProvider, type ScreenStatusesRead } from '@/components/registries/screen-statuses';
import { getCreateAccessAction } from './create-access-action';
import { listRegistriesAction } from './actions';
import { readsAgainByItself } from '@/lib/action-kit/reads-again';
import { registriesQuery } from './registries-query';
import { useRemainingPages } from './use-list-background-reads';
import { useStatuses } from './use-list-statuses';

const HEADING = "Couldn't load registries";

/** Registries dashboard, empty state or ARM error state, from the prefetched query. */
export function RegistriesView({ initialView, screenStatuses }: { initialView: ListViewState; screenStatuses: ScreenStatusesRead | null }) {
  return (
    <CreateAccessActionsProvider actions={CREATE_ACCESS_ACTIONS}>
      <ScreenStatusesProvider read={screenStatuses}>
        <RegistriesContent initialView={initialView} screenStatuses={screenStatuses} />
      </ScreenStatusesProvider>
    </CreateAccessActionsProvider>
  );
}

const CREATE_ACCESS_ACTIONS = { getCreateAccess: getCreateAccessAction };

function RegistriesContent({ initialView, screenStatuses }: { initialView: ListViewState; screenStatuses: ScreenStatusesRead | null }) {
  const queryClient = useQueryClient();
  const { data, error, refetch, isFetching } = useQuery(registriesQuery());
  // Refresh re-reads subscription and region names as well, and replaces the cached list.
  const refresh = useMutation({
    mutationFn: () => listRegistriesAction({ fresh: true }),
    onSuccess: (result) => queryClient.setQueryData(registriesQuery().queryKey, result),
  });
  const list = data?.ok ? data.data : null;
  const moreError = useRemainingPages(queryClient, list);
  const statuses = useStatuses(list, screenStatuses);
  const retry = () => void refetch();
  if (error || refresh.error) {
    const message = (error ?? refresh.error)?.message ?? 'The request failed.';
    return (
      <ArmErrorState
        heading={HEADING}
        error={{ status: 0, code: 'RequestFailed', message, requestId: null, correlationId: null }}
        onRetry={() => {
          refresh.reset();
          retry();
        }}
        retrying={isFetching}
      />
    );
  }
  if (!data) return <RegistriesTableSkeleton />;
  if (!data.ok) {
    // While the page reads again by itself (throttling, or ARM slower than the render's budget) it offers no
    // Retry: one would be disabled and re-enabled under a person's pointer by every automatic read, and would
    // race them. Retry appears once a read has failed outright, and then only the person's own click reads.
    const onRetry = readsAgainByItself(data) ? undefined : retry;
    return <ArmErrorState heading={HEADING} error={failureView(data)} onRetry={onRetry} retrying={isFetching} />;
  }
  if (data.data.rows.length === 0 && data.data.unreadable.length === 0) return <RegistriesEmptyState />;
  return (
    <>
      {moreError && <ArmErrorState heading="Couldn't load the rest of the registries" error={moreError} onRetry={() => refresh.mutate()} />}
      <RegistriesDashboard
        list={data.data}
        statuses={statuses}
        initialView={initialView}
        onRefresh={() => refresh.mutate()}
        refreshing={refresh.isPending || isFetching}
      />
    </>
  );
}
