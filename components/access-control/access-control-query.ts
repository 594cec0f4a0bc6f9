// React Query options of the Access control tab: one key per registry, shared by every part of the tab.
import { queryOptions } from '@tanstack/react-query';
import type { AccessControlTarget } from './access-result';
import { loadAccessControlAction } from './load-access-control-action';

/** The tab's data for a registry. */
export function accessControlQuery(target: AccessControlTarget) {
  return queryOptions({
    queryKey: ['access-control', target.subscriptionId, target.resourceGroup.toLowerCase(), target.registryName.toLowerCase()] as const,
    queryFn: () => loadAccessControlAction(target),
    staleTime: 0,
  });
}
