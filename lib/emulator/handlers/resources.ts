// Generic resources: `GET …/resourceGroups/{rg}/resources` (registries plus the resources providers
// created, e.g. a managed group's storage accounts, ACR and replications) and GET of a managed
// resource by id with its own provider's api-versions.
import type { OperationResult } from '../context';
import { CONTAINER_REGISTRY_API_VERSIONS, STORAGE_API_VERSIONS } from '../api-versions';
import { resourceNotFound } from '../errors';
import { paginate } from '../http/paging';
import type { RequestContext } from '../http/request-context';
import { rpContextOf } from '../http/request-context';
import type { Params } from '../router/route';
import { unknownRouteError } from '../router/unknown-route';
import { registriesRp } from '../rp/registries-provider';
import { requireResourceGroup } from '../rp/scope-checks';
import type { ResourceRecord } from '../store/resources';
import { getResource, listResourcesInGroup } from '../store/resources';

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

/** GET …/resourceGroups/{rg}/resources (`$expand=provisioningState` adds each resource's state). */
export function listResourcesInGroupHandler(ctx: RequestContext): OperationResult {
  const rp = rpContextOf(ctx);
  const rg = requireResourceGroup(rp, ctx.params.subscriptionId, ctx.params.resourceGroupName, { forWrite: false });
  const expand = (ctx.query.get('$expand') ?? '').toLowerCase().includes('provisioningstate');
  const registries = registriesRp.list(rp, rg.subscriptionId, rg.name).map((r): Record<string, unknown> => {
    const { id, name, type, location, tags, identity, systemData } = r as Record<string, unknown>;
    const props = r.properties as { provisioningState?: string };
    return { id, name, type, location, tags, identity, systemData, ...(expand ? { provisioningState: props.provisioningState } : {}) };
  });
  const others = listResourcesInGroup(ctx.emulator.db, rg.subscriptionId, rg.name).map((r): Record<string, unknown> => ({
    ...toWireResource(r, false),
    ...(expand ? { provisioningState: r.provisioningState } : {}),
  }));
  const all = [...registries, ...others].sort((a, b) => String(a.id).toLowerCase().localeCompare(String(b.id).toLowerCase()));
  return { status: 200, body: paginate(ctx, all) };
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
