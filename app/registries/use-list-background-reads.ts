'use client';
// What the registries list reads after its first paint: Resource Graph's remaining pages, appended to the
// cached list one page per request, then the statuses once the whole list is in. The rows on screen have
// theirs sooner, streamed by the server render (never awaited there, so they cannot delay the first paint).
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { reportSessionExpired } from '@/components/session/session-expired-store';
import { failureView } from '@/lib/action-kit/action-result';
import type { ArmErrorView } from '@/lib/registries/arm-error-view';
import type { RegistryGroup, RegistryList, RegistryStatuses, ScreenStatuses } from '@/lib/registries/registry-list';
import type { RegistryRow } from '@/lib/registries/registry-row';
import { listMoreRegistriesAction, type ListRegistriesResult } from './actions';
import { registriesQuery, registryStatusesQuery } from './registries-query';

/** Loads the pages after the first; the error that stopped it, if any. A page for a replaced list is dropped. */
export function useRemainingPages(queryClient: QueryClient, list: RegistryList | null): ArmErrorView | null {
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

/**
 * The list's statuses: the whole list's once read (null while being read; Unknown for every row when the read
 * failed), until then those of the rows on screen that the server render streamed (`screen`) for this list read.
 */
export function useStatuses(list: RegistryList | null, screen: Promise<ScreenStatuses | null> | null): RegistryStatuses | null {
  const complete = list !== null && list.continuation === null;
  const groups = useMemo<RegistryGroup[]>(() => {
    const unique = new Map<string, RegistryGroup>();
    for (const row of complete ? list.rows : []) {
      unique.set(`${row.subscriptionId}/${row.resourceGroup}`.toLowerCase(), { subscriptionId: row.subscriptionId, resourceGroup: row.resourceGroup });
    }
    return [...unique.values()];
  }, [list, complete]);
  const settled = useSettled(screen);
  // They hold for the list read they were made with, not for a refreshed one.
  const onScreen = settled && list && settled.fetchedAt === list.fetchedAt ? settled.statuses : null;
  const { data, isError } = useQuery({ ...registryStatusesQuery(list?.fetchedAt ?? '', groups), enabled: complete });
  if (data) return data;
  // A status read that failed outright says Unknown for every row it had no answer for, not Checking… forever.
  if (isError) return onScreen ? { ...onScreen, otherwise: 'Unknown' } : UNREADABLE_STATUSES;
  return onScreen;
}

// The promise's value once it has settled (null before, and when it fails: the whole list's read answers then).
function useSettled<T>(promise: Promise<T | null> | null): T | null {
  const [settled, setSettled] = useState<{ promise: Promise<T | null>; value: T | null } | null>(null);
  useEffect(() => {
    if (!promise) return;
    let current = true;
    promise.then(
      (value) => current && setSettled({ promise, value }),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [promise]);
  return settled && settled.promise === promise ? settled.value : null;
}
