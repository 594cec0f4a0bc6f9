// Polling endpoints of registry operations. The status resource always answers 200 with the status
// (arm-contract.md §4); the Location result answers 202 while running, then exactly the synchronous
// result: 200 + registry (create/update/removeRegions), 204 (delete), or the operation's error.
import type { OperationResult, RpContext } from '../context';
import { ArmHttpError, operationNotFound } from '../errors';
import { operationStatusBody } from '../provisioning/operations';
import { retryAfterSeconds } from '../provisioning/timing';
import type { OperationRecord } from '../store/operations';
import { getOperation } from '../store/operations';
import { getRegistryByKey } from '../store/registries';
import { operationResultUrl } from './registry-urls';
import { toWireRegistry } from './registry-wire';
import { requireSubscription } from './scope-checks';

/** Identifies an operation of the ML provider. */
export interface OperationRef {
  subscriptionId: string;
  location: string;
  operationId: string;
}

function requireOperation(ctx: RpContext, ref: OperationRef): OperationRecord {
  const sub = requireSubscription(ctx, ref.subscriptionId);
  const op = getOperation(ctx.emulator.db, ref.operationId);
  if (!op || op.subscriptionId !== sub.id || op.kind === 'deleteResourceGroup') throw operationNotFound(ref.operationId);
  return op;
}

/** GET registryOperationsStatus/{id}: the operation-status resource. */
export function getRegistryOperationStatus(ctx: RpContext, ref: OperationRef): OperationResult {
  const op = requireOperation(ctx, ref);
  const path = `/subscriptions/${op.subscriptionId}/providers/Microsoft.MachineLearningServices/locations/${op.location}/registryOperationsStatus/${op.id}`;
  // Like the 202s that pointed here: a poller honours Retry-After instead of its own default (az: 30 s).
  const headers = op.status === 'InProgress' ? { 'Retry-After': retryAfterSeconds(ctx) } : undefined;
  return { status: 200, body: operationStatusBody(op, path, ctx.now), headers };
}

/** GET registryOperationResults/{id}: 202 while running, then the operation's synchronous result. */
export function getRegistryOperationResult(ctx: RpContext, ref: OperationRef): OperationResult {
  const op = requireOperation(ctx, ref);
  if (op.status === 'InProgress') {
    return { status: 202, headers: { Location: operationResultUrl(ctx, op.subscriptionId, op.location, op.id), 'Retry-After': retryAfterSeconds(ctx) } };
  }
  if (op.status === 'Failed' || op.status === 'Canceled') {
    const error = op.error ?? { code: op.status, message: `The operation ${op.status.toLowerCase()}.` };
    const status = op.status === 'Canceled' ? 409 : error.code === 'InternalServerError' ? 500 : 400;
    throw new ArmHttpError(status, error.code, error.message, undefined, error.details);
  }
  const registry = op.kind === 'delete' ? undefined : getRegistryByKey(ctx.emulator.db, op.resourceKey);
  return registry ? { status: 200, body: toWireRegistry(ctx.emulator, registry) } : { status: 204 };
}
