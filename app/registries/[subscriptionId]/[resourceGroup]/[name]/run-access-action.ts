// The frame of every access-control action: this route's registry frame (address checked, signed-in
// principal's client, ARM errors as plain-words failures) plus the ARM scopes the tab works at.
import 'server-only';
import type { ActionResult } from '@/lib/action-kit/action-result';
import type { ArmClient } from '@/lib/arm/client';
import { REGISTRY_RESOURCE_TYPE } from '@/lib/arm-facts/resource-types';
import type { AccessControlTarget } from '@/lib/session/rbac/access-control-data';
import { runRegistryAction } from './run-action';

/** A validated target plus its ARM scopes (the registry's resource id, its subscription). */
export interface ResolvedTarget extends AccessControlTarget {
  scope: string;
  subscriptionScope: string;
}

function fieldOf(input: unknown, key: string): unknown {
  return input !== null && typeof input === 'object' ? (input as Record<string, unknown>)[key] : undefined;
}

/** Runs `work` for a valid target (the tab names the registry `registryName`); failures come back as results. */
export function runAccessAction<T>(
  rawTarget: unknown,
  work: (client: ArmClient, target: ResolvedTarget) => Promise<ActionResult<T>>,
): Promise<ActionResult<T>> {
  const rawRef = { subscriptionId: fieldOf(rawTarget, 'subscriptionId'), resourceGroup: fieldOf(rawTarget, 'resourceGroup'), name: fieldOf(rawTarget, 'registryName') };
  return runRegistryAction(rawRef, (client, ref) =>
    work(client, {
      subscriptionId: ref.subscriptionId,
      resourceGroup: ref.resourceGroup,
      registryName: ref.name,
      // Unencoded, as ARM writes scopes in responses (compared with them); lib/arm encodes it per segment.
      scope: `/subscriptions/${ref.subscriptionId}/resourceGroups/${ref.resourceGroup}/providers/${REGISTRY_RESOURCE_TYPE}/${ref.name}`,
      subscriptionScope: `/subscriptions/${ref.subscriptionId}`,
    }),
  );
}
