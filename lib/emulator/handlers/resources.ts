// Generic resources: `GET /subscriptions/{s}/resources` and `…/resourceGroups/{rg}/resources` (registries plus
// the resources providers created, e.g. a managed group's storage accounts, ACR and replications; the work is
// rp/generic-resources-rp.ts) and GET of a managed resource by id with its own provider's api-versions.
import type { OperationResult } from '../context';
import { CONTAINER_REGISTRY_API_VERSIONS, STORAGE_API_VERSIONS } from '../api-versions';
import { invalidRequestContent, resourceNotFound } from '../errors';
import { paginate } from '../http/paging';
import type { RequestContext } from '../http/request-context';
import { rpContextOf } from '../http/request-context';
import type { Params } from '../router/route';
import { unknownRouteError } from '../router/unknown-route';
import { listGenericResources, parseResourceExpand, parseResourceFilter } from '../rp/generic-resources-rp';
import { requireResourceGroup } from '../rp/scope-checks';
import type { ResourceRecord } from '../store/resources';
import { getResource } from '../store/resources';

/** Managed resource types served by the generic GET, with their api-versions. */
const MANAGED_TYPES: Record<string, readonly string[]> = {
  'microsoft.storage/storageaccounts': STORAGE_API_VERSIONS,
  'microsoft.containerregistry/registries': CONTAINER_REGISTRY_API_VERSIONS,
  'microsoft.containerregistry/registries/replications': CONTAINER_REGISTRY_API_VERSIONS,
};

/** The ARM type a generic route addresses ("{ns}/{type}[/{childType}]"). */
export function genericType(p: Params): string {
  return [p.namespace, p.type, p.childType].filter(Boolean).join('/');
}

/** api-versions accepted for a generic resource route; empty (any version) for unknown types, which the handler rejects. */
export function genericApiVersions(p: Params): readonly string[] {
  return MANAGED_TYPES[genericType(p).toLowerCase()] ?? [];
}

/** The id a generic route addresses. */
export function genericId(p: Params): string {
  const base = `/subscriptions/${p.subscriptionId}/resourceGroups/${p.resourceGroupName}/providers/${p.namespace}/${p.type}/${p.name}`;
  return p.childType ? `${base}/${p.childType}/${p.childName}` : base;
}

function toWireResource(r: ResourceRecord, full: boolean): Record<string, unknown> {
  const wire: Record<string, unknown> = { id: r.id, name: r.name, type: r.type, location: r.location, tags: r.tags };
  if (r.kind) wire.kind = r.kind;
  if (r.sku) wire.sku = r.sku;
  if (full) wire.properties = { ...r.properties, provisioningState: r.provisioningState };
  return wire;
}

function listQuery(ctx: RequestContext) {
  const expand = parseResourceExpand(ctx.query.get('$expand'));
  const top = ctx.query.get('$top');
  const pageSize = top === null ? undefined : Number(top);
  if (pageSize !== undefined && (!Number.isInteger(pageSize) || pageSize < 1)) throw invalidRequestContent(`The value '${top}' of $top is not a positive integer`);
  return { filter: parseResourceFilter(ctx.query.get('$filter')), expand, pageSize: Math.min(pageSize ?? ctx.emulator.config.pageSize, ctx.emulator.config.pageSize) };
}

/** GET /subscriptions/{s}/resources[?$filter=resourceType eq '…'&$top=n&$expand=createdTime,changedTime,provisioningState]. */
export function listResourcesInSubscriptionHandler(ctx: RequestContext): OperationResult {
  const q = listQuery(ctx);
  const items = listGenericResources(rpContextOf(ctx), ctx.params.subscriptionId, undefined, q.filter, q.expand);
  return { status: 200, body: paginate(ctx, items, q.pageSize) };
}

/** GET …/resourceGroups/{rg}/resources, with the same query options. */
export function listResourcesInGroupHandler(ctx: RequestContext): OperationResult {
  const rp = rpContextOf(ctx);
  const rg = requireResourceGroup(rp, ctx.params.subscriptionId, ctx.params.resourceGroupName, { forWrite: false });
  const q = listQuery(ctx);
  return { status: 200, body: paginate(ctx, listGenericResources(rp, rg.subscriptionId, rg.name, q.filter, q.expand), q.pageSize) };
}

/** GET of a managed resource by id (storage account, container registry, replication). */
export function getManagedResourceHandler(ctx: RequestContext): OperationResult {
  const type = genericType(ctx.params);
  if (!MANAGED_TYPES[type.toLowerCase()]) throw unknownRouteError(ctx.path, ctx.apiVersion ?? null);
  requireResourceGroup(rpContextOf(ctx), ctx.params.subscriptionId, ctx.params.resourceGroupName, { forWrite: false });
  const resource = getResource(ctx.emulator.db, genericId(ctx.params));
  if (!resource || resource.type.toLowerCase() !== type.toLowerCase()) {
    throw resourceNotFound(`${type}/${ctx.params.childName ? `${ctx.params.name}/${ctx.params.childName}` : ctx.params.name}`, ctx.params.resourceGroupName);
  }
  return { status: 200, body: toWireResource(resource, true) };
}
