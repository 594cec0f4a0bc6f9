// Microsoft.Resources resource groups: list, get, HEAD (204/404), PUT (201 create / 200 update),
// DELETE (202 + Location + Retry-After) and the delete's Location result (arm-contract.md §3).
import type { OperationResult } from '../context';
import { findRegion } from '../data/azure-regions';
import { ArmHttpError, denyAssignmentAuthorizationFailed, invalidRequestContent, operationNotFound, resourceGroupBeingDeleted } from '../errors';
import { paginate } from '../http/paging';
import type { RequestContext } from '../http/request-context';
import { rpContextOf } from '../http/request-context';
import { planResourceGroupDeletion, resourceGroupId } from '../provisioning/plan-resource-group-delete';
import { retryAfterSeconds } from '../provisioning/timing';
import { assertResourceName } from '../resource-names';
import { parseTags } from '../rp/registry-body';
import { requireResourceGroup } from '../rp/scope-checks';
import type { OperationRecord } from '../store/operations';
import { getOperation, runningOperation } from '../store/operations';
import { getRegistryByKey } from '../store/registries';
import type { ResourceGroupRecord } from '../store/resource-groups';
import { getResourceGroup, listResourceGroups, upsertResourceGroup } from '../store/resource-groups';

/** A resource group as ARM returns it. */
export function toWireResourceGroup(rg: ResourceGroupRecord): Record<string, unknown> {
  const wire: Record<string, unknown> = {
    id: resourceGroupId(rg),
    name: rg.name,
    type: 'Microsoft.Resources/resourceGroups',
    location: rg.location,
    tags: rg.tags,
    properties: { provisioningState: rg.state },
  };
  if (rg.managedBy) wire.managedBy = rg.managedBy;
  return wire;
}

/** GET /subscriptions/{s}/resourcegroups. */
export function listResourceGroupsHandler(ctx: RequestContext): OperationResult {
  return { status: 200, body: paginate(ctx, listResourceGroups(ctx.emulator.db, ctx.params.subscriptionId).map(toWireResourceGroup)) };
}

/** GET (and HEAD → 204) /subscriptions/{s}/resourcegroups/{rg}. */
export function getResourceGroupHandler(ctx: RequestContext): OperationResult {
  const rg = requireResourceGroup(rpContextOf(ctx), ctx.params.subscriptionId, ctx.params.resourceGroupName, { forWrite: false });
  return ctx.method === 'HEAD' ? { status: 204 } : { status: 200, body: toWireResourceGroup(rg) };
}

/** PUT /subscriptions/{s}/resourcegroups/{rg} `{location, tags?, managedBy?}`. */
export function putResourceGroupHandler(ctx: RequestContext): OperationResult {
  const { subscriptionId, resourceGroupName: name } = ctx.params;
  assertResourceName('Microsoft.Resources/resourceGroups', name);
  const body = ctx.body as Record<string, unknown> | undefined;
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw invalidRequestContent('The request body must be a JSON object');
  if (typeof body.location !== 'string' || !body.location) throw invalidRequestContent("Required property 'location' not found in JSON");
  const region = findRegion(body.location);
  if (!region) {
    throw new ArmHttpError(400, 'LocationNotAvailableForResourceGroup', `The provided location '${body.location}' is not available for resource group.`);
  }
  const tags = parseTags(body.tags);
  const existing = getResourceGroup(ctx.emulator.db, subscriptionId, name);
  if (existing?.state === 'Deleting') throw resourceGroupBeingDeleted(existing.name);
  if (existing && existing.location !== region.name) {
    throw new ArmHttpError(409, 'InvalidResourceGroupLocation', `Invalid resource group location '${region.name}'. The Resource group already exists in location '${existing.location}'.`);
  }
  const record: ResourceGroupRecord = {
    subscriptionId,
    name: existing?.name ?? name,
    location: region.name,
    tags,
    managedBy: typeof body.managedBy === 'string' ? body.managedBy : (existing?.managedBy ?? null),
    state: 'Succeeded',
    createdAt: existing?.createdAt ?? ctx.now,
  };
  upsertResourceGroup(ctx.emulator.db, record);
  return { status: existing ? 200 : 201, body: toWireResourceGroup(record) };
}

function operationResultsUrl(ctx: RequestContext, operationId: string): string {
  return `${ctx.baseUrl}/subscriptions/${ctx.params.subscriptionId}/operationresults/${operationId}?api-version=${encodeURIComponent(ctx.apiVersion ?? '')}`;
}

/** DELETE /subscriptions/{s}/resourcegroups/{rg}: 202 + Location; the group's registries and resources go with it. */
export function deleteResourceGroupHandler(ctx: RequestContext): OperationResult {
  const rp = rpContextOf(ctx);
  const rg = requireResourceGroup(rp, ctx.params.subscriptionId, ctx.params.resourceGroupName, { forWrite: false });
  if (rg.managedBy && getRegistryByKey(ctx.emulator.db, rg.managedBy.toLowerCase())) {
    // Azure protects managed resource groups with a system deny assignment.
    throw denyAssignmentAuthorizationFailed(ctx.caller!.upn, ctx.caller!.oid, 'Microsoft.Resources/subscriptions/resourceGroups/delete', resourceGroupId(rg));
  }
  const op =
    (rg.state === 'Deleting' && runningOperation(ctx.emulator.db, resourceGroupId(rg).toLowerCase())) ||
    ctx.emulator.db.transaction(() => planResourceGroupDeletion(rp, rg))();
  return { status: 202, headers: { Location: operationResultsUrl(ctx, op.id), 'Retry-After': retryAfterSeconds(rp) } };
}

/** GET /subscriptions/{s}/operationresults/{id}: 202 while the group is deleting, then 200. */
export function resourceGroupOperationResultHandler(ctx: RequestContext): OperationResult {
  const rp = rpContextOf(ctx);
  const op = runningOrFinished(ctx);
  if (op.status === 'InProgress') return { status: 202, headers: { Location: operationResultsUrl(ctx, op.id), 'Retry-After': retryAfterSeconds(rp) } };
  if (op.status !== 'Succeeded') throw new ArmHttpError(409, op.error?.code ?? 'Conflict', op.error?.message ?? 'The resource group deletion did not succeed.');
  return { status: 200 };
}

function runningOrFinished(ctx: RequestContext): OperationRecord {
  const op = getOperation(ctx.emulator.db, ctx.params.operationId);
  if (!op || op.subscriptionId !== ctx.params.subscriptionId || op.kind !== 'deleteResourceGroup') throw operationNotFound(ctx.params.operationId);
  return op;
}
