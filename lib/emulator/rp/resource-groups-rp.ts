// The Microsoft.Resources resource-groups provider: list, get, create-or-update and delete (with the
// group's registries and resources), callable with an RpContext and no HTTP (arm-contract.md §3).
import type { OperationResult, RpContext } from '../context';
import { findRegion } from '../data/azure-regions';
import { ArmHttpError, denyAssignmentAuthorizationFailed, invalidRequestContent, operationNotFound, resourceGroupBeingDeleted } from '../errors';
import { planResourceGroupDeletion, resourceGroupId } from '../provisioning/plan-resource-group-delete';
import { assertResourceName } from '../resource-names';
import type { OperationRecord } from '../store/operations';
import { getOperation, runningOperation } from '../store/operations';
import { getRegistryByKey } from '../store/registries';
import type { ResourceGroupRecord } from '../store/resource-groups';
import { getResourceGroup, listResourceGroups, upsertResourceGroup } from '../store/resource-groups';
import { parseTags } from './tag-rules';
import { requireResourceGroup } from './scope-checks';

/** Identifies a resource group. */
export interface ResourceGroupRef {
  subscriptionId: string;
  name: string;
}

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

/** The groups of a subscription, as ARM JSON (unpaged). */
export function listResourceGroupResources(ctx: RpContext, subscriptionId: string): Record<string, unknown>[] {
  return listResourceGroups(ctx.emulator.db, subscriptionId).map(toWireResourceGroup);
}

/** One group (404 ResourceGroupNotFound when missing). */
export function getResourceGroupRecord(ctx: RpContext, ref: ResourceGroupRef): ResourceGroupRecord {
  return requireResourceGroup(ctx, ref.subscriptionId, ref.name, { forWrite: false });
}

/** PUT `{location, tags?, managedBy?}`: 201 created, 200 updated; the location cannot change. */
export function createOrUpdateResourceGroup(ctx: RpContext, ref: ResourceGroupRef, body: unknown): OperationResult {
  const { subscriptionId, name } = ref;
  assertResourceName('Microsoft.Resources/resourceGroups', name);
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw invalidRequestContent('The request body must be a JSON object');
  const input = body as Record<string, unknown>;
  if (typeof input.location !== 'string' || !input.location) throw invalidRequestContent("Required property 'location' not found in JSON");
  const region = findRegion(input.location);
  if (!region) {
    throw new ArmHttpError(400, 'LocationNotAvailableForResourceGroup', `The provided location '${input.location}' is not available for resource group.`);
  }
  const tags = parseTags(input.tags);
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
    managedBy: typeof input.managedBy === 'string' ? input.managedBy : (existing?.managedBy ?? null),
    state: 'Succeeded',
    createdAt: existing?.createdAt ?? ctx.now,
  };
  upsertResourceGroup(ctx.emulator.db, record);
  return { status: existing ? 200 : 201, body: toWireResourceGroup(record) };
}

/** DELETE: starts (or joins) the group's deletion; its registries and resources go with it. */
export function deleteResourceGroup(ctx: RpContext, ref: ResourceGroupRef): OperationRecord {
  const rg = requireResourceGroup(ctx, ref.subscriptionId, ref.name, { forWrite: false });
  if (rg.managedBy && getRegistryByKey(ctx.emulator.db, rg.managedBy.toLowerCase())) {
    // Azure protects managed resource groups with a system deny assignment.
    throw denyAssignmentAuthorizationFailed(ctx.caller.upn, ctx.caller.oid, 'Microsoft.Resources/subscriptions/resourceGroups/delete', resourceGroupId(rg));
  }
  return (
    (rg.state === 'Deleting' && runningOperation(ctx.emulator.db, resourceGroupId(rg).toLowerCase())) ||
    ctx.emulator.db.transaction(() => planResourceGroupDeletion(ctx, rg))()
  );
}

/** The deletion operation behind an `operationresults/{id}` URL (404 for any other). */
export function resourceGroupDeletion(ctx: RpContext, subscriptionId: string, operationId: string): OperationRecord {
  const op = getOperation(ctx.emulator.db, operationId);
  if (!op || op.subscriptionId !== subscriptionId || op.kind !== 'deleteResourceGroup') throw operationNotFound(operationId);
  return op;
}
