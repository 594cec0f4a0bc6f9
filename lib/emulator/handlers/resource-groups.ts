// HTTP handlers of Microsoft.Resources resource groups: list, get, HEAD (204/404), PUT (201 create /
// 200 update), DELETE (202 + Location + Retry-After) and the delete's Location result (arm-contract.md §3).
// The work is the resource-groups RP's (rp/resource-groups-rp.ts).
import type { OperationResult } from '../context';
import { ArmHttpError } from '../errors';
import { paginate } from '../http/paging';
import type { RequestContext } from '../http/request-context';
import { rpContextOf } from '../http/request-context';
import { retryAfterSeconds } from '../provisioning/timing';
import * as rp from '../rp/resource-groups-rp';

const ref = (ctx: RequestContext): rp.ResourceGroupRef => ({ subscriptionId: ctx.params.subscriptionId, name: ctx.params.resourceGroupName });

function operationResultsUrl(ctx: RequestContext, operationId: string): string {
  return `${ctx.baseUrl}/subscriptions/${ctx.params.subscriptionId}/operationresults/${operationId}?api-version=${encodeURIComponent(ctx.apiVersion ?? '')}`;
}

/** GET /subscriptions/{s}/resourcegroups. */
export function listResourceGroupsHandler(ctx: RequestContext): OperationResult {
  return { status: 200, body: paginate(ctx, rp.listResourceGroupResources(rpContextOf(ctx), ctx.params.subscriptionId)) };
}

/** GET (and HEAD → 204) /subscriptions/{s}/resourcegroups/{rg}. */
export function getResourceGroupHandler(ctx: RequestContext): OperationResult {
  const rg = rp.getResourceGroupRecord(rpContextOf(ctx), ref(ctx));
  return ctx.method === 'HEAD' ? { status: 204 } : { status: 200, body: rp.toWireResourceGroup(rg) };
}

/** PUT /subscriptions/{s}/resourcegroups/{rg} `{location, tags?, managedBy?}`. */
export function putResourceGroupHandler(ctx: RequestContext): OperationResult {
  return rp.createOrUpdateResourceGroup(rpContextOf(ctx), ref(ctx), ctx.body);
}

/** DELETE /subscriptions/{s}/resourcegroups/{rg}: 202 + Location. */
export function deleteResourceGroupHandler(ctx: RequestContext): OperationResult {
  const rpCtx = rpContextOf(ctx);
  const op = rp.deleteResourceGroup(rpCtx, ref(ctx));
  return { status: 202, headers: { Location: operationResultsUrl(ctx, op.id), 'Retry-After': retryAfterSeconds(rpCtx) } };
}

/** GET /subscriptions/{s}/operationresults/{id}: 202 while the group is deleting, then 200. */
export function resourceGroupOperationResultHandler(ctx: RequestContext): OperationResult {
  const rpCtx = rpContextOf(ctx);
  const op = rp.resourceGroupDeletion(rpCtx, ctx.params.subscriptionId, ctx.params.operationId);
  if (op.status === 'InProgress') return { status: 202, headers: { Location: operationResultsUrl(ctx, op.id), 'Retry-After': retryAfterSeconds(rpCtx) } };
  if (op.status !== 'Succeeded') throw new ArmHttpError(409, op.error?.code ?? 'Conflict', op.error?.message ?? 'The resource group deletion did not succeed.');
  return { status: 200 };
}
