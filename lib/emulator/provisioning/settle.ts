// Lazy evaluation of provisioning: applies every transition whose stored due time has passed —
// resources reach their next state (or disappear), operations reach their planned outcome and run
// their completion effects. Called once per request, before routing (catch-up-step.ts), so the
// stored timestamps are the only source of truth and a restart mid-provisioning still finishes.
import type { Emulator } from '../context';
import { deleteRegistryRow, getRegistryByKey, listRegistries } from '../store/registries';
import { finishOperation, listDueOperations } from '../store/operations';
import type { OperationRecord } from '../store/operations';
import { deleteOwnedResources, deleteResource, deleteResourcesInGroup, listDueResources, settleResourceState } from '../store/resources';
import { deleteResourceGroupRow } from '../store/resource-groups';

function removeRegistry(emulator: Emulator, key: string): void {
  const registry = getRegistryByKey(emulator.db, key);
  if (!registry) return;
  deleteResourcesInGroup(emulator.db, registry.subscriptionId, registry.managedResourceGroup);
  deleteResourceGroupRow(emulator.db, registry.subscriptionId, registry.managedResourceGroup);
  deleteOwnedResources(emulator.db, key);
  deleteRegistryRow(emulator.db, key);
}

function complete(emulator: Emulator, op: OperationRecord): void {
  finishOperation(emulator.db, op.id, op.plannedStatus, op.endAt, op.plannedError);
  if (op.plannedStatus !== 'Succeeded') return;
  if (op.kind === 'delete') removeRegistry(emulator, op.resourceKey);
  if (op.kind === 'deleteResourceGroup') {
    const resourceGroup = op.resourceId.split('/')[4];
    for (const registry of listRegistries(emulator.db, op.subscriptionId, resourceGroup)) removeRegistry(emulator, registry.idKey);
    deleteResourcesInGroup(emulator.db, op.subscriptionId, resourceGroup);
    deleteResourceGroupRow(emulator.db, op.subscriptionId, resourceGroup);
  }
}

/** Applies every transition due at `now`, in one transaction. */
export function settle(emulator: Emulator, now: number): void {
  emulator.db.transaction(() => {
    for (const resource of listDueResources(emulator.db, now)) {
      if (resource.nextState === 'Deleted') deleteResource(emulator.db, resource.id);
      else if (resource.nextState) settleResourceState(emulator.db, resource.id, resource.nextState, resource.dueAt ?? now);
    }
    for (const op of listDueOperations(emulator.db, now)) complete(emulator, op);
  })();
}
