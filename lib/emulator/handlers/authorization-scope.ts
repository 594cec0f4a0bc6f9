// ARM scopes the authorization APIs are served at: subscription, resource group, resource and child
// resource (`{scope}/providers/Microsoft.Authorization/...`, authorization-RoleAssignmentsCalls.json).
// The scope must exist as ARM checks it (404 ResourceGroupNotFound / ResourceNotFound); it is returned
// with the stored casing of the subscription and resource group.
import { resourceGroupNotFound, resourceNotFound } from '../errors';
import type { RequestContext } from '../http/request-context';
import type { Params } from '../router/route';
import { getRegistry } from '../store/registries';
import { getResourceGroup } from '../store/resource-groups';
import { getResource } from '../store/resources';

const SUB = '/subscriptions/{subscriptionId}';
const RG = `${SUB}/resourceGroups/{resourceGroupName}`;
const RES = `${RG}/providers/{namespace}/{type}/{name}`;

/** Route patterns of the four scope shapes, most specific last. */
export const SCOPE_PATTERNS: readonly string[] = [SUB, RG, RES, `${RES}/{childType}/{childName}`];

/** The scope string a route's parameters address. */
export function scopeOfParams(p: Params): string {
  let scope = `/subscriptions/${p.subscriptionId}`;
  if (p.resourceGroupName) scope += `/resourceGroups/${p.resourceGroupName}`;
  if (p.namespace) scope += `/providers/${p.namespace}/${p.type}/${p.name}`;
  if (p.childType) scope += `/${p.childType}/${p.childName}`;
  return scope;
}

/** True when the resource a scope names exists (registries and provider-created resources). */
function resourceExists(ctx: RequestContext, p: Params, scope: string): boolean {
  const isRegistry = !p.childType && `${p.namespace}/${p.type}`.toLowerCase() === 'microsoft.machinelearningservices/registries';
  if (isRegistry) return getRegistry(ctx.emulator.db, p.subscriptionId, p.resourceGroupName, p.name) !== undefined;
  return getResource(ctx.emulator.db, scope) !== undefined;
}

/** The request's scope, after checking its resource group and resource exist (the pipeline checked the subscription). */
export function requireRequestScope(ctx: RequestContext): string {
  const p = ctx.params;
  let scope = `/subscriptions/${p.subscriptionId}`;
  if (!p.resourceGroupName) return scope;
  const rg = getResourceGroup(ctx.emulator.db, p.subscriptionId, p.resourceGroupName);
  if (!rg) throw resourceGroupNotFound(p.resourceGroupName);
  scope += `/resourceGroups/${rg.name}`;
  if (!p.namespace) return scope;
  const full = scopeOfParams({ ...p, resourceGroupName: rg.name });
  if (!resourceExists(ctx, p, full)) {
    const typeAndName = [p.namespace, p.type, p.name, p.childType, p.childName].filter(Boolean).join('/');
    throw resourceNotFound(typeAndName, rg.name);
  }
  return full;
}
