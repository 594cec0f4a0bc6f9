// Query options for the registry page's data (details, write access, deployments), shared by the server render (page.tsx) and the client view,
// so both use one key and one fetcher (TanStack's nextjs-app-prefetching pattern).
import { queryOptions } from '@tanstack/react-query';
import { readAgainInterval } from '@/lib/action-kit/reads-again';
import type { RegistryRef } from '@/lib/registries/registry-ref';
import { getRegistryDetailsAction } from './get-registry-details-action';
import { getWriteAccessAction } from './get-write-access-action';
import { listDeploymentsAction } from './list-deployments-action';

/** The key every registry page query of one registry starts with. */
export function registryQueryKey(ref: RegistryRef) {
  return ['registry', ref.subscriptionId.toLowerCase(), ref.resourceGroup.toLowerCase(), ref.name.toLowerCase()] as const;
}

/** The registry page's data query. */
export function registryDetailsQuery(ref: RegistryRef) {
  return queryOptions({
    queryKey: [...registryQueryKey(ref), 'details'] as const,
    queryFn: () => getRegistryDetailsAction(ref),
    // The server render's ARM budget ran out (throttling, or no answer): the browser reads on by itself.
    refetchInterval: readAgainInterval,
  });
}

/** The principal's write access to the registry (disables what it may not do). */
export function writeAccessQuery(ref: RegistryRef) {
  return queryOptions({
    queryKey: [...registryQueryKey(ref), 'write-access'] as const,
    queryFn: () => getWriteAccessAction(ref),
    staleTime: 5 * 60_000,
    refetchInterval: readAgainInterval,
  });
}

/** The registry's resource group deployment history. */
export function deploymentsQuery(ref: RegistryRef) {
  return queryOptions({
    queryKey: [...registryQueryKey(ref), 'deployments'] as const,
    queryFn: () => listDeploymentsAction(ref),
  });
}
