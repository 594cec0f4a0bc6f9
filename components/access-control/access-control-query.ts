// React Query options of the Access control tab: one key per registry, shared by every part of the tab.
import { queryOptions } from '@tanstack/react-query';
import type { ActionResult } from '@/lib/action-kit/action-result';
import type { AccessControlData, AccessControlTarget } from '@/lib/session/rbac/access-control-data';

/** The query key of a registry's tab data (parts invalidate it after a change). */
export function accessControlKey(target: AccessControlTarget) {
  return ['access-control', target.subscriptionId, target.resourceGroup.toLowerCase(), target.registryName.toLowerCase()] as const;
}

/** The tab's data for a registry, read by the route's `load` action. */
export function accessControlQuery(target: AccessControlTarget, load: (target: AccessControlTarget) => Promise<ActionResult<AccessControlData>>) {
  return queryOptions({ queryKey: accessControlKey(target), queryFn: () => load(target), staleTime: 0 });
}
