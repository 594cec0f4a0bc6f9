// Plans the creation of a registry's regions: each child resource is inserted as Creating with its own
// due time (staggered), and fault hooks may decide a child fails. Used for the initial create (managed
// storage + ACR + replications) and for regions added by a later PUT.
import type { ProvisioningChild, RpContext } from '../context';
import type { OperationError } from '../store/operations';
import type { RegionSpec, RegistryRecord } from '../store/registries';
import type { ResourceRecord } from '../store/resources';
import { insertResource, listOwnedResources } from '../store/resources';
import type { ChildPlacement } from './managed-resources';
import { containerRegistryResource, replicationResource, storageAccountResource } from './managed-resources';
import { containerRegistryName, storageAccountName } from './names';
import type { PlannedOutcome } from './operations';
import { combineOutcome } from './operations';
import { DELAYS, after } from './timing';

interface Planner {
  failures: { at: number; error: OperationError }[];
  lastDue: number;
  place(dueAt: number, child: Omit<ProvisioningChild, 'subscriptionId' | 'resourceGroup' | 'registryName'>): ChildPlacement;
  add(resource: ResourceRecord): void;
}

function planner(ctx: RpContext, registry: RegistryRecord, operationId: string): Planner {
  const p: Planner = {
    failures: [],
    lastDue: ctx.now,
    place(dueAt, child) {
      const full: ProvisioningChild = { ...child, subscriptionId: registry.subscriptionId, resourceGroup: registry.resourceGroup, registryName: registry.name };
      const fault = ctx.emulator.provisioningFaultHooks.map((hook) => hook(full)).find(Boolean);
      return {
        subscriptionId: registry.subscriptionId,
        managedResourceGroup: registry.managedResourceGroup,
        ownerKey: registry.idKey,
        operationId,
        tags: registry.spec.tags,
        createdAt: ctx.now,
        dueAt,
        fault,
      };
    },
    add(resource) {
      insertResource(ctx.emulator.db, resource);
      p.lastDue = Math.max(p.lastDue, resource.dueAt ?? ctx.now);
      if (resource.error) {
        p.failures.push({
          at: resource.dueAt ?? ctx.now,
          error: { code: resource.error.code, message: resource.error.message, details: [{ ...resource.error, target: resource.id }] },
        });
      }
    },
  };
  return p;
}

function addStorage(ctx: RpContext, p: Planner, registry: RegistryRecord, regions: RegionSpec[], firstReady: number): void {
  let k = 0;
  for (const region of regions) {
    for (const storage of region.storage) {
      const name = storageAccountName(registry.name);
      const placement = p.place(after(ctx, firstReady + k * DELAYS.storageStagger), {
        resourceType: 'Microsoft.Storage/storageAccounts',
        resourceName: name,
        region: region.location,
      });
      p.add(storageAccountResource(placement, name, region.location, storage));
      k++;
    }
  }
}

function addReplications(ctx: RpContext, p: Planner, acrId: string, regions: RegionSpec[], firstReady: number, stagger: number): void {
  regions.forEach((region, j) => {
    const placement = p.place(after(ctx, firstReady + j * stagger), {
      resourceType: 'Microsoft.ContainerRegistry/registries/replications',
      resourceName: region.location,
      region: region.location,
    });
    p.add(replicationResource(placement, acrId, region.location));
  });
}

/** Plans a new registry's managed resources; returns when and how the create operation ends. */
export function planRegistryCreation(ctx: RpContext, registry: RegistryRecord, operationId: string): PlannedOutcome {
  const p = planner(ctx, registry, operationId);
  const [primary, ...additional] = registry.spec.regions;
  addStorage(ctx, p, registry, registry.spec.regions, DELAYS.storageFirstReady);
  const acrName = containerRegistryName(registry.name);
  const acrPlacement = p.place(after(ctx, DELAYS.acrReady), {
    resourceType: 'Microsoft.ContainerRegistry/registries',
    resourceName: acrName,
    region: primary.location,
  });
  const acr = containerRegistryResource(acrPlacement, acrName, primary.location);
  p.add(acr);
  addReplications(ctx, p, acr.id, additional, DELAYS.acrReady + DELAYS.replicationStagger, DELAYS.replicationStagger);
  return combineOutcome(p.lastDue + Math.round(DELAYS.createFinalize * ctx.emulator.config.timeScale), p.failures);
}

/** Plans the resources of regions added by a PUT on an existing registry. */
export function planRegionAddition(ctx: RpContext, registry: RegistryRecord, added: RegionSpec[], operationId: string): PlannedOutcome {
  const p = planner(ctx, registry, operationId);
  p.lastDue = after(ctx, DELAYS.updateBase);
  // A re-PUT retries the children that failed before (fault hooks are consulted again), so a
  // redeployment after a provisioning failure leaves a fully provisioned registry.
  for (const failed of listOwnedResources(ctx.emulator.db, registry.idKey).filter((r) => r.provisioningState === 'Failed')) {
    const placement = p.place(after(ctx, DELAYS.updateStorageReady), { resourceType: failed.type, resourceName: failed.name, region: failed.region ?? registry.location });
    p.add({ ...failed, provisioningState: 'Creating', dueAt: placement.dueAt, nextState: placement.fault ? 'Failed' : 'Succeeded', error: placement.fault, operationId });
  }
  if (added.length) {
    addStorage(ctx, p, registry, added, DELAYS.updateStorageReady);
    const acr = listOwnedResources(ctx.emulator.db, registry.idKey).find((r) => r.role === 'acr');
    const acrId =
      acr?.id ??
      `/subscriptions/${registry.subscriptionId}/resourceGroups/${registry.managedResourceGroup}/providers/Microsoft.ContainerRegistry/registries/${containerRegistryName(registry.name)}`;
    addReplications(ctx, p, acrId, added, DELAYS.updateReplicationReady, DELAYS.updateReplicationStagger);
  }
  return combineOutcome(p.lastDue + Math.round(DELAYS.updateBase * ctx.emulator.config.timeScale), p.failures);
}
