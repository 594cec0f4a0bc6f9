// Validation of a registry PUT, runnable without creating anything (a template deployment's validate
// step calls it per resource): resource group, provider registration, name rules, body, region
// support, tenant-wide name uniqueness, immutable primary location, no region removal by PUT, and no
// write while another operation on the registry is running.
import type { RpContext } from '../context';
import { REGISTRY_LOCATION_NAMES, registrySupportsLocation } from '../data/resource-providers';
import { conflict, invalidResourceLocation, locationNotAvailableForResourceType, userError } from '../errors';
import { assertResourceName } from '../resource-names';
import { runningOperation } from '../store/operations';
import type { RegistryRecord, RegistrySpec } from '../store/registries';
import { findRegistryByName, getRegistry } from '../store/registries';
import type { ResourceGroupRecord } from '../store/resource-groups';
import { parseRegistryBody } from './registry-body';
import { requireRegistered, requireResourceGroup } from './scope-checks';

/** The ARM namespace of registries. */
export const ML_NAMESPACE = 'Microsoft.MachineLearningServices';

/** Identifies a registry and carries the PUT body. */
export interface RegistryPutInput {
  subscriptionId: string;
  resourceGroup: string;
  name: string;
  body: unknown;
}

/** A PUT that passed validation. */
export interface ValidatedRegistryPut {
  resourceGroup: ResourceGroupRecord;
  location: string;
  spec: RegistrySpec;
  /** The registry being replaced, when the PUT is an update. */
  existing?: RegistryRecord;
}

/** 409 Conflict when an operation on the registry is still running. */
export function assertNoRunningOperation(ctx: RpContext, registry: RegistryRecord): void {
  const op = runningOperation(ctx.emulator.db, registry.idKey);
  if (op) {
    throw conflict(`The registry '${registry.name}' has a '${op.kind}' operation in progress (operation id '${op.id}'). Retry after it completes.`);
  }
}

/** Runs every check of a registry PUT and returns the parsed spec; throws the first ARM error. */
export function validateRegistryPut(ctx: RpContext, input: RegistryPutInput): ValidatedRegistryPut {
  const resourceGroup = requireResourceGroup(ctx, input.subscriptionId, input.resourceGroup, { forWrite: true });
  requireRegistered(ctx, resourceGroup.subscriptionId, ML_NAMESPACE);
  assertResourceName(`${ML_NAMESPACE}/registries`, input.name);
  const { location, spec } = parseRegistryBody(input.body);
  for (const region of spec.regions) {
    if (!registrySupportsLocation(region.location)) throw locationNotAvailableForResourceType(region.location, REGISTRY_LOCATION_NAMES);
  }
  const existing = getRegistry(ctx.emulator.db, resourceGroup.subscriptionId, resourceGroup.name, input.name);
  if (!existing) {
    const taken = findRegistryByName(ctx.emulator.db, input.name);
    if (taken) throw conflict(`Registry name '${input.name}' is already in use`);
    return { resourceGroup, location, spec };
  }
  if (existing.location !== location) throw invalidResourceLocation(existing.name, existing.location, location, resourceGroup.name);
  const requested = new Set(spec.regions.map((r) => r.location));
  const dropped = existing.spec.regions.filter((r) => !requested.has(r.location)).map((r) => r.location);
  if (dropped.length) {
    throw userError(`Regions cannot be removed by an update (missing: ${dropped.join(', ')}). Use the removeRegions action.`, 'properties.regionDetails');
  }
  assertNoRunningOperation(ctx, existing);
  return { resourceGroup, location, spec, existing };
}
