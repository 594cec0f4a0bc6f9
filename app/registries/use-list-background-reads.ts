'use client';
// What the registries list reads after its first paint: Resource Graph's remaining pages, appended to the
// cached list one page per request (the statuses are use-list-statuses.ts').
import type { QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { reportSessionExpired } from '@/components/session/session-expired-store';
import { failureView } from '@/lib/action-kit/action-result';
import type { ArmErrorView } from '@/lib/registries/arm-error-view';
import type { RegistryList } from '@/lib/registries/registry-list';
import type { RegistryRow } from '@/lib/registries/registry-row';
import { listMoreRegistriesAction, type ListRegistriesResult } from './actions';
import { registriesQuery } from './registries-query';

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
