'use client';
// The client side of /registries: reads the hydrated list (Resource Graph's first page), loads the remaining
// pages in the background, then the statuses, and renders the dashboard, the empty state or the ARM error.
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { failureView } from '@/lib/action-kit/action-result';
import type { ArmErrorView } from '@/lib/registries/arm-error-view';
import { ArmErrorState } from '@/components/arm-error/arm-error-state';
import { RegistriesDashboard } from '@/components/registries/registries-dashboard';
import { RegistriesEmptyState } from '@/components/registries/registries-empty-state';
import { RegistriesTableSkeleton } from '@/components/registries/registries-table-skeleton';
import { reportSessionExpired } from '@/components/session/session-expired-store';
import type { ListViewState } from '@/lib/registries/list-view-state';
import type { RegistryGroup, RegistryList, RegistryStatuses } from '@/lib/registries/registry-list';
import type { RegistryRow } from '@/lib/registries/registry-row';
import { CreateAccessActionsProvider } from '@/components/registries/create-access-actions';
import { getCreateAccessAction } from './create-access-action';
import { listMoreRegistriesAction, listRegistriesAction, type ListRegistriesResult } from './actions';
import { registriesQuery, registryStatusesQuery } from './registries-query';

const HEADING = "Couldn't load registries";

/** Registries dashboard, empty state or ARM error state, from the prefetched query. */
export function RegistriesView({ initialView }: { initialView: ListViewState }) {
  return (
    <CreateAccessActionsProvider actions={CREATE_ACCESS_ACTIONS}>
      <RegistriesContent initialView={initialView} />
    </CreateAccessActionsProvider>
  );
}

const CREATE_ACCESS_ACTIONS = { getCreateAccess: getCreateAccessAction };

function RegistriesContent({ initialView }: { initialView: ListViewState }) {
  const queryClient = useQueryClient();
  const { data, error, refetch, isFetching } = useQuery(registriesQuery());
  // Refresh re-reads subscription and region names as well, and replaces the cached list.
  const refresh = useMutation({
    mutationFn: () => listRegistriesAction({ fresh: true }),
    onSuccess: (result) => queryClient.setQueryData(registriesQuery().queryKey, result),
  });
  const list = data?.ok ? data.data : null;
  const moreError = useRemainingPages(queryClient, list);
  const statuses = useStatuses(list);
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
  if (!data.ok) return <ArmErrorState heading={HEADING} error={failureView(data)} onRetry={retry} retrying={isFetching} />;
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

// Appends Resource Graph's remaining pages to the cached list, one page per request, until it is complete. A
// page arriving for a list that was replaced meanwhile (Refresh) is dropped.
function useRemainingPages(queryClient: QueryClient, list: RegistryList | null): ArmErrorView | null {
  const [failure, setFailure] = useState<{ continuation: string; error: ArmErrorView } | null>(null);
  const continuation = list?.continuation ?? null;
  useEffect(() => {
    if (!continuation) return;
    let cancelled = false;
    void listMoreRegistriesAction(continuation).then(
      (more) => {
        if (cancelled) return;
        if (!more.ok) return setFailure({ continuation, error: failureView(more) });
        queryClient.setQueryData<ListRegistriesResult>(registriesQuery().queryKey, (current) =>
          current?.ok && current.data.continuation === continuation
            ? { ok: true, data: { ...current.data, rows: appendNew(current.data.rows, more.data.rows), continuation: more.data.continuation } }
            : current,
        );
      },
      (error: unknown) => {
        if (cancelled) return;
        // Not a React Query call, so the session-expired notice is raised here (the caches raise it elsewhere).
        reportSessionExpired(error);
        const message = error instanceof Error ? error.message : String(error);
        setFailure({ continuation, error: { status: 0, code: 'RequestFailed', message, requestId: null, correlationId: null } });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [continuation, queryClient]);
  return failure && failure.continuation === continuation ? failure.error : null;
}

// Pages are offset-based: a registry created while the list loads can shift a row onto the next page too.
function appendNew(rows: RegistryRow[], more: RegistryRow[]): RegistryRow[] {
  const ids = new Set(rows.map((row) => row.id.toLowerCase()));
  return [...rows, ...more.filter((row) => !ids.has(row.id.toLowerCase()))];
}

const UNREADABLE_STATUSES: RegistryStatuses = { byId: {}, otherwise: 'Unknown' };

// Statuses are read once the whole list is in (never on the server, so they cannot delay the first paint).
function useStatuses(list: RegistryList | null) {
  const complete = list !== null && list.continuation === null;
  const groups = useMemo<RegistryGroup[]>(() => {
    const unique = new Map<string, RegistryGroup>();
    for (const row of complete ? list.rows : []) {
      unique.set(`${row.subscriptionId}/${row.resourceGroup}`.toLowerCase(), { subscriptionId: row.subscriptionId, resourceGroup: row.resourceGroup });
    }
    return [...unique.values()];
  }, [list, complete]);
  const { data, isError } = useQuery({ ...registryStatusesQuery(list?.fetchedAt ?? '', groups), enabled: complete });
  // A status read that failed outright says Unknown for every row, not Checking… forever.
  return data ?? (isError ? UNREADABLE_STATUSES : null);
}
