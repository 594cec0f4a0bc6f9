// The registries resource provider (Microsoft.MachineLearningServices/registries), callable without
// HTTP: the HTTP handlers and a template-deployment engine both call these functions. Each returns an
// HTTP-shaped result `{status, body?, headers?}` and throws ArmHttpError for ARM errors.
import { randomUUID } from 'node:crypto';
import type { OperationResult, RpContext } from '../context';
import { resourceNotFound } from '../errors';
import { managedResourceGroupName } from '../provisioning/names';
import { startOperation } from '../provisioning/operations';
import { planRegionAddition, planRegistryCreation } from '../provisioning/plan-create';
import type { RegistryRecord, SystemData } from '../store/registries';
import { getRegistry, idKey, insertRegistry, listRegistries, registryId, updateRegistrySpec } from '../store/registries';
import { upsertResourceGroup } from '../store/resource-groups';
import { applyRegistryTags } from './registry-tags';
import { asyncOperationHeaders } from './registry-urls';
import type { RegistryPutInput, ValidatedRegistryPut } from './registry-validation';
import { validateRegistryPut } from './registry-validation';
import { toWireRegistries, toWireRegistry } from './registry-wire';
import { requireResourceGroup, requireSubscription } from './scope-checks';

/** Identifies one registry. */
export interface RegistryRef {
  subscriptionId: string;
  resourceGroup: string;
  name: string;
}

function systemData(ctx: RpContext, previous?: SystemData): SystemData {
  const at = new Date(ctx.now).toISOString();
  const modified = { lastModifiedBy: ctx.caller.upn, lastModifiedByType: 'User', lastModifiedAt: at };
  return previous ? { ...previous, ...modified } : { createdBy: ctx.caller.upn, createdByType: 'User', createdAt: at, ...modified };
}

function create(ctx: RpContext, input: RegistryPutInput, v: ValidatedRegistryPut): OperationResult {
  const id = registryId(v.resourceGroup.subscriptionId, v.resourceGroup.name, input.name);
  const record: RegistryRecord = {
    idKey: idKey(id),
    name: input.name,
    subscriptionId: v.resourceGroup.subscriptionId,
    resourceGroup: v.resourceGroup.name,
    location: v.location,
    spec: v.spec,
    managedResourceGroup: managedResourceGroupName(input.name),
    identityPrincipalId: randomUUID(),
    systemData: systemData(ctx),
    createdAt: ctx.now,
  };
  const db = ctx.emulator.db;
  insertRegistry(db, record);
  upsertResourceGroup(db, {
    subscriptionId: record.subscriptionId,
    name: record.managedResourceGroup,
    location: record.location,
    tags: v.spec.tags,
    managedBy: id,
    state: 'Succeeded',
    createdAt: ctx.now,
  });
  const operationId = randomUUID();
  const outcome = planRegistryCreation(ctx, record, operationId);
  startOperation(ctx, { id: operationId, kind: 'create', resourceId: id, subscriptionId: record.subscriptionId, location: record.location, outcome });
  return { status: 201, body: toWireRegistry(ctx.emulator, record), headers: asyncOperationHeaders(ctx, record.subscriptionId, record.location, operationId) };
}

function replace(ctx: RpContext, existing: RegistryRecord, v: ValidatedRegistryPut): OperationResult {
  const known = new Set(existing.spec.regions.map((r) => r.location));
  const added = v.spec.regions.filter((r) => !known.has(r.location));
  // Full replace of the caller-controlled fields; existing regions keep their provisioned resources.
  const spec = { ...v.spec, regions: [...existing.spec.regions, ...added] };
  const updated: RegistryRecord = { ...existing, spec, systemData: systemData(ctx, existing.systemData) };
  updateRegistrySpec(ctx.emulator.db, existing.idKey, spec, updated.systemData);
  applyRegistryTags(ctx, updated);
  const operationId = randomUUID();
  const outcome = planRegionAddition(ctx, updated, added, operationId);
  const id = registryId(existing.subscriptionId, existing.resourceGroup, existing.name);
  startOperation(ctx, { id: operationId, kind: 'update', resourceId: id, subscriptionId: existing.subscriptionId, location: existing.location, outcome });
  return { status: 200, body: toWireRegistry(ctx.emulator, updated), headers: asyncOperationHeaders(ctx, existing.subscriptionId, existing.location, operationId) };
}

/** PUT: creates (201) or fully replaces (200) a registry; both start an async operation (Azure-AsyncOperation). */
export function createOrUpdateRegistry(ctx: RpContext, input: RegistryPutInput): OperationResult {
  return ctx.emulator.db.transaction(() => {
    const v = validateRegistryPut(ctx, input);
    return v.existing ? replace(ctx, v.existing, v) : create(ctx, input, v);
  })();
}

/** The registry record, or 404 ResourceNotFound (404 ResourceGroupNotFound when the group is missing). */
export function requireRegistry(ctx: RpContext, ref: RegistryRef, opts: { forWrite: boolean }): RegistryRecord {
  const rg = requireResourceGroup(ctx, ref.subscriptionId, ref.resourceGroup, opts);
  const registry = getRegistry(ctx.emulator.db, rg.subscriptionId, rg.name, ref.name);
  if (!registry) throw resourceNotFound(`Microsoft.MachineLearningServices/registries/${ref.name}`, ref.resourceGroup);
  return registry;
}

/** GET one registry. */
export function getRegistryResult(ctx: RpContext, ref: RegistryRef): OperationResult {
  return { status: 200, body: toWireRegistry(ctx.emulator, requireRegistry(ctx, ref, { forWrite: false })) };
}

/** Registries of a subscription (or one of its resource groups), as ARM JSON. */
export function listRegistryResources(ctx: RpContext, subscriptionId: string, resourceGroup?: string): Record<string, unknown>[] {
  const sub = requireSubscription(ctx, subscriptionId);
  const rg = resourceGroup ? requireResourceGroup(ctx, sub.id, resourceGroup, { forWrite: false }).name : undefined;
  return toWireRegistries(ctx.emulator, listRegistries(ctx.emulator.db, sub.id, rg));
}
