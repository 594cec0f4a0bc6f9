// Query options for the registries list and its statuses, shared by the server prefetch (page.tsx) and the
// client hooks so both use one key and one fetcher (TanStack's nextjs-app-prefetching pattern).
import { queryOptions } from '@tanstack/react-query';
import type { RegistryGroup } from '@/lib/registries/registry-list';
import { listRegistriesAction, registryStatusesAction, type ListRegistriesResult } from './actions';

const WAIT_AND_RETRY = new Set(['TooManyRequests', 'ServiceTimeout']);

/** Whether the page reads this answer again by itself: ARM was throttling, or slower than the render's budget. */
export function readsAgainByItself(result: ListRegistriesResult | undefined): boolean {
  return result?.ok === false && WAIT_AND_RETRY.has(result.code ?? '');
}

/** The registries list query (Refresh writes a fresh answer into the same key). */
export function registriesQuery() {
  return queryOptions({
    queryKey: ['registries', 'list'] as const,
    queryFn: () => listRegistriesAction(),
    // ARM was throttling or slow (the server render's time budget ran out, lib/arm/deadline.ts): read again
    // from the browser, whose action waits out Retry-After, so the rows appear as soon as ARM answers.
    refetchInterval: (query) => (readsAgainByItself(query.state.data) ? 1_000 : false),
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
