// The frame of every access-control action: validate the registry address (untrusted input), get the
// signed-in principal's ARM client, run the work, and turn ARM errors into plain-words failures.
import 'server-only';
import type { ArmClient } from '@/lib/arm/client';
import { registryNameSchema } from '@/lib/registries/names';
import { parseResourceRef } from '@/lib/registries/route-params';
import { getConsoleArmClient } from '@/lib/session/arm-client';
import { armFailure } from '@/lib/session/require-permission';
import type { AccessControlTarget, AccessResult } from './access-result';

/** A validated target plus its ARM scopes (the registry's resource id, its subscription). */
export interface ResolvedTarget extends AccessControlTarget {
  scope: string;
  subscriptionScope: string;
}

/** Runs `work` for a valid target; ArmErrors come back as failures with 403s in plain words. */
export async function runAccessAction<T>(
  rawTarget: unknown,
  work: (client: ArmClient, target: ResolvedTarget) => Promise<AccessResult<T>>,
): Promise<AccessResult<T>> {
  // The same address rules as every route and action (lib/registries/route-params.ts).
  const ref = parseResourceRef(rawTarget, registryNameSchema, ['registryName']);
  if (!ref) return { ok: false, message: 'That is not a registry address (subscription id, resource group and registry name).' };
  const t = { subscriptionId: ref.subscriptionId, resourceGroup: ref.resourceGroup, registryName: ref.name };
  const target: ResolvedTarget = {
    ...t,
    // Unencoded, as ARM writes scopes in responses (compared with them); lib/arm encodes it per segment.
    scope: `/subscriptions/${t.subscriptionId}/resourceGroups/${t.resourceGroup}/providers/Microsoft.MachineLearningServices/registries/${t.registryName}`,
    subscriptionScope: `/subscriptions/${t.subscriptionId}`,
  };
  const client = await getConsoleArmClient();
  try {
    return await work(client, target);
  } catch (error) {
    const failure = armFailure(error);
    if (!failure) throw error;
    return { ok: false, message: failure.message, code: failure.code, status: failure.status, requestId: failure.requestId };
  }
}
