// Deleting a resource group deletes everything in it: each registry starts its own delete (a running
// registry operation is canceled first), plain resources turn Deleting, and the group disappears when
// the last registry is gone (settle.ts applies the completion).
import type { RpContext } from '../context';
import type { OperationRecord } from '../store/operations';
import { finishOperation, runningOperation } from '../store/operations';
import { listRegistries, registryId } from '../store/registries';
import type { ResourceGroupRecord } from '../store/resource-groups';
import { markResourceGroupDeleting } from '../store/resource-groups';
import { listResourcesInGroup, scheduleResource } from '../store/resources';
import { startOperation } from './operations';
import { planRegistryDeletion } from './plan-delete';
import { DELAYS, after } from './timing';

/** The ARM id of a resource group. */
export const resourceGroupId = (rg: Pick<ResourceGroupRecord, 'subscriptionId' | 'name'>) => `/subscriptions/${rg.subscriptionId}/resourceGroups/${rg.name}`;

/** Starts deleting a resource group and its contents; returns the group's delete operation. */
export function planResourceGroupDeletion(ctx: RpContext, rg: ResourceGroupRecord): OperationRecord {
  const db = ctx.emulator.db;
  let endAt = after(ctx, DELAYS.resourceGroupDelete);
  for (const registry of listRegistries(db, rg.subscriptionId, rg.name)) {
    const running = runningOperation(db, registry.idKey);
    if (running?.kind === 'delete') {
      endAt = Math.max(endAt, running.endAt);
      continue;
    }
    if (running) {
      finishOperation(db, running.id, 'Canceled', ctx.now, { code: 'Canceled', message: `The operation was canceled because resource group '${rg.name}' is being deleted.` });
    }
    const outcome = planRegistryDeletion(ctx, registry);
    const id = registryId(registry.subscriptionId, registry.resourceGroup, registry.name);
    startOperation(ctx, { kind: 'delete', resourceId: id, subscriptionId: registry.subscriptionId, location: registry.location, outcome });
    endAt = Math.max(endAt, outcome.endAt);
  }
  endAt += Math.round(DELAYS.deleteFinalize * ctx.emulator.config.timeScale);
  for (const resource of listResourcesInGroup(db, rg.subscriptionId, rg.name)) {
    if (!resource.ownerKey) scheduleResource(db, resource.id, 'Deleting', endAt, 'Deleted');
  }
  markResourceGroupDeleting(db, rg.subscriptionId, rg.name);
  return startOperation(ctx, { kind: 'deleteResourceGroup', resourceId: resourceGroupId(rg), subscriptionId: rg.subscriptionId, location: rg.location, outcome: { endAt } });
}
