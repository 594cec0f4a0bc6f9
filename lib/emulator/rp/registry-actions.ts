// Registry operations other than PUT: PATCH (synchronous, tags/identity/sku only), DELETE and
// removeRegions (202 + Location + Retry-After, arm-contract.md §1).
import type { OperationResult, RpContext } from '../context';
import { invalidRequestContent, userError } from '../errors';
import { normalizeLocation } from '../data/azure-regions';
import { startOperation } from '../provisioning/operations';
import { planRegionRemoval, planRegistryDeletion } from '../provisioning/plan-delete';
import { getRegistry, registryId, updateRegistrySpec } from '../store/registries';
import type { RegistrySpec } from '../store/registries';
import { parseIdentityType } from './registry-body';
import { parseTags } from './tag-rules';
import { type RegistryRef, requireRegistry } from './registries-rp';
import { applyRegistryTags } from './registry-tags';
import { acceptedHeaders } from './registry-urls';
import { ML_NAMESPACE, assertNoRunningOperation } from './registry-validation';
import { toWireRegistry } from './registry-wire';
import { requireRegistered, requireResourceGroup } from './scope-checks';

const PATCH_KEYS = ['tags', 'identity', 'sku'];
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** PATCH: replaces tags wholesale, sets identity, merges sku; any other key is 400 (additionalProperties false). */
export function patchRegistry(ctx: RpContext, ref: RegistryRef, body: unknown): OperationResult {
  if (!isObject(body)) throw invalidRequestContent('The request body must be a JSON object');
  const unknownKeys = Object.keys(body).filter((k) => !PATCH_KEYS.includes(k));
  if (unknownKeys.length) {
    throw invalidRequestContent(`Could not find member '${unknownKeys[0]}' on object of type 'PartialRegistryPartialTrackedResource'. Only tags, identity and sku can be patched`);
  }
  const registry = requireRegistry(ctx, ref, { forWrite: true });
  assertNoRunningOperation(ctx, registry);
  if (body.sku !== undefined && !isObject(body.sku)) throw invalidRequestContent("Property 'sku' must be an object");
  const spec: RegistrySpec = {
    ...registry.spec,
    tags: body.tags !== undefined ? parseTags(body.tags) : registry.spec.tags,
    identityType: body.identity !== undefined ? parseIdentityType(body.identity) : registry.spec.identityType,
    sku: isObject(body.sku) ? ({ ...registry.spec.sku, ...body.sku } as RegistrySpec['sku']) : registry.spec.sku,
  };
  const at = new Date(ctx.now).toISOString();
  const updated = { ...registry, spec, systemData: { ...registry.systemData, lastModifiedBy: ctx.caller.upn, lastModifiedByType: 'User', lastModifiedAt: at } };
  ctx.emulator.db.transaction(() => {
    updateRegistrySpec(ctx.emulator.db, registry.idKey, spec, updated.systemData);
    applyRegistryTags(ctx, updated);
  })();
  return { status: 200, body: toWireRegistry(ctx.emulator, updated) };
}

/** DELETE: 202 with Location while the registry and its managed resource group go away; 204 when it does not exist. */
export function deleteRegistry(ctx: RpContext, ref: RegistryRef): OperationResult {
  const rg = requireResourceGroup(ctx, ref.subscriptionId, ref.resourceGroup, { forWrite: true });
  return ctx.emulator.db.transaction((): OperationResult => {
    const registry = getRegistry(ctx.emulator.db, rg.subscriptionId, rg.name, ref.name);
    if (!registry) return { status: 204 };
    assertNoRunningOperation(ctx, registry);
    const outcome = planRegistryDeletion(ctx, registry);
    const id = registryId(registry.subscriptionId, registry.resourceGroup, registry.name);
    const op = startOperation(ctx, { kind: 'delete', resourceId: id, subscriptionId: registry.subscriptionId, location: registry.location, outcome });
    return { status: 202, headers: acceptedHeaders(ctx, registry.subscriptionId, registry.location, op.id) };
  })();
}

function regionsToRemove(body: unknown): string[] {
  const regionDetails = isObject(body) && isObject(body.properties) ? body.properties.regionDetails : undefined;
  if (!Array.isArray(regionDetails) || regionDetails.length === 0) {
    throw invalidRequestContent("Required property 'properties.regionDetails' (the regions to remove) not found in JSON");
  }
  return regionDetails.map((r, i) => {
    if (!isObject(r) || typeof r.location !== 'string') throw invalidRequestContent(`Required property 'properties.regionDetails[${i}].location' not found in JSON`);
    return normalizeLocation(r.location);
  });
}

/** POST removeRegions: the body's regionDetails are the regions TO REMOVE; the primary cannot be removed. */
export function removeRegistryRegions(ctx: RpContext, ref: RegistryRef, body: unknown): OperationResult {
  const regions = regionsToRemove(body);
  return ctx.emulator.db.transaction((): OperationResult => {
    const registry = requireRegistry(ctx, ref, { forWrite: true });
    requireRegistered(ctx, registry.subscriptionId, ML_NAMESPACE);
    for (const region of regions) {
      if (region === registry.location) throw userError(`The primary region '${region}' of registry '${registry.name}' cannot be removed.`, 'properties.regionDetails');
      if (!registry.spec.regions.some((r) => r.location === region)) {
        throw userError(`Region '${region}' is not a region of registry '${registry.name}'.`, 'properties.regionDetails');
      }
    }
    assertNoRunningOperation(ctx, registry);
    const outcome = planRegionRemoval(ctx, registry, regions);
    const spec = { ...registry.spec, regions: registry.spec.regions.filter((r) => !regions.includes(r.location)) };
    const at = new Date(ctx.now).toISOString();
    updateRegistrySpec(ctx.emulator.db, registry.idKey, spec, { ...registry.systemData, lastModifiedBy: ctx.caller.upn, lastModifiedAt: at });
    const id = registryId(registry.subscriptionId, registry.resourceGroup, registry.name);
    const op = startOperation(ctx, { kind: 'removeRegions', resourceId: id, subscriptionId: registry.subscriptionId, location: registry.location, outcome });
    return { status: 202, headers: acceptedHeaders(ctx, registry.subscriptionId, registry.location, op.id) };
  })();
}
