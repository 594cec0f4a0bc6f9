// Query options for the registries list, shared by the server prefetch (page.tsx) and the client hook
// (registries-view.tsx) so both use one key and one fetcher (TanStack's nextjs-app-prefetching pattern).
import { queryOptions } from '@tanstack/react-query';
import { listRegistriesAction } from './actions';

/** The registries list query. */
export function registriesQuery() {
  return queryOptions({
    queryKey: ['registries', 'list'] as const,
    queryFn: () => listRegistriesAction(),
  });
}
