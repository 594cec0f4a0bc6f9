// Query options for the registries list and its statuses, shared by the server prefetch (page.tsx) and the
// client hooks so both use one key and one fetcher (TanStack's nextjs-app-prefetching pattern).
import { queryOptions } from '@tanstack/react-query';
import { readAgainInterval } from '@/lib/action-kit/reads-again';
import type { RegistryGroup } from '@/lib/registries/registry-list';
import type { RegistryRef } from '@/lib/registries/registry-ref';
import { listRegistriesAction, registryStatusesAction, screenStatusesAction } from './actions';

/** The registries list query (Refresh writes a fresh answer into the same key). */
export function registriesQuery() {
  return queryOptions({
    queryKey: ['registries', 'list'] as const,
    queryFn: () => listRegistriesAction(),
    // ARM was throttling or slow (the server render's time budget ran out, lib/arm/deadline.ts): read again
    // from the browser, whose action waits out Retry-After, so the rows appear as soon as ARM answers.
    refetchInterval: readAgainInterval,
  });
}

/** Statuses of the registries in `groups`; keyed by the list's read time so a refreshed list re-reads them. */
export function registryStatusesQuery(fetchedAt: string, groups: RegistryGroup[]) {
  return queryOptions({
    queryKey: ['registries', 'statuses', fetchedAt] as const,
    queryFn: () => registryStatusesAction(groups),
    // Running operations change state within minutes; the list's own Refresh re-reads them sooner.
    refetchInterval: 60_000,
  });
}

/** Statuses of a list read's first rows (`registries`), read at once; the whole list's read then takes over. */
export function screenStatusesQuery(fetchedAt: string, registries: RegistryRef[]) {
  return queryOptions({
    queryKey: ['registries', 'screen-statuses', fetchedAt] as const,
    queryFn: () => screenStatusesAction(registries),
  });
}
