// One QueryClient per server render (no data shared between requests or users) and one per browser session,
// as in TanStack Query's nextjs-app-prefetching example. Its caches report an expired session wherever a
// query or mutation (and so any server action call) fails because of one.
import { defaultShouldDehydrateQuery, isServer, MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { reportSessionExpired } from '@/components/session/session-expired-store';

function makeQueryClient(): QueryClient {
  return new QueryClient({
    // Only in the browser: a server render has no notice to raise (its session is checked before it runs).
    ...(isServer ? {} : { queryCache: new QueryCache({ onError: reportSessionExpired }), mutationCache: new MutationCache({ onError: reportSessionExpired }) }),
    defaultOptions: {
      // Data prefetched on the server is fresh on arrival: without a stale time the client would refetch at once.
      queries: { staleTime: 60_000 },
      dehydrate: {
        shouldDehydrateQuery: (query) => defaultShouldDehydrateQuery(query) || query.state.status === 'pending',
      },
    },
  });
}

let browserQueryClient: QueryClient | undefined;

/** A fresh client on the server; the same client for the whole browser session. */
export function getQueryClient(): QueryClient {
  if (isServer) return makeQueryClient();
  browserQueryClient ??= makeQueryClient();
  return browserQueryClient;
}
