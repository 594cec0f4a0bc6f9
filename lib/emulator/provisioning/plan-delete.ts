// Plans deletions: a registry (replications, then storage accounts and the ACR, then the managed
// resource group) and removeRegions (that region's replication and storage accounts). Each resource
// turns Deleting now and disappears at its own due time.
import type { RpContext } from '../context';
import type { RegistryRecord } from '../store/registries';
import { listOwnedResources, scheduleResource } from '../store/resources';
import type { PlannedOutcome } from './operations';
import { DELAYS, after } from './timing';

/** Schedules deletion of everything a registry owns; the operation ends when the managed group goes. */
export function planRegistryDeletion(ctx: RpContext, registry: RegistryRecord): PlannedOutcome {
  const owned = listOwnedResources(ctx.emulator.db, registry.idKey);
  let last = ctx.now;
  const schedule = (id: string, dueAt: number) => {
    scheduleResource(ctx.emulator.db, id, 'Deleting', dueAt, 'Deleted');
    last = Math.max(last, dueAt);
  };
  owned.filter((r) => r.role === 'replication').forEach((r, j) => schedule(r.id, after(ctx, DELAYS.deleteReplication + j * DELAYS.deleteStagger)));
  const replicationsDone = last;
  owned.filter((r) => r.role === 'storage').forEach((r, k) => schedule(r.id, after(ctx, DELAYS.deleteStorage + k * DELAYS.deleteStagger)));
  for (const acr of owned.filter((r) => r.role === 'acr')) {
    schedule(acr.id, Math.max(replicationsDone, ctx.now) + Math.round(DELAYS.deleteAcrAfterReplications * ctx.emulator.config.timeScale));
  }
  return { endAt: last + Math.round(DELAYS.deleteFinalize * ctx.emulator.config.timeScale) };
}

/** Schedules deletion of the storage accounts and replication serving the removed regions. */
export function planRegionRemoval(ctx: RpContext, registry: RegistryRecord, regions: string[]): PlannedOutcome {
  const owned = listOwnedResources(ctx.emulator.db, registry.idKey).filter((r) => r.region && regions.includes(r.region));
  let last = after(ctx, DELAYS.removeReplication);
  owned
    .filter((r) => r.role === 'replication')
    .forEach((r, j) => {
      const due = after(ctx, DELAYS.removeReplication + j * DELAYS.removeStagger);
      scheduleResource(ctx.emulator.db, r.id, 'Deleting', due, 'Deleted');
      last = Math.max(last, due);
    });
  owned
    .filter((r) => r.role === 'storage')
    .forEach((r, k) => {
      const due = after(ctx, DELAYS.removeStorage + k * DELAYS.removeStagger);
      scheduleResource(ctx.emulator.db, r.id, 'Deleting', due, 'Deleted');
      last = Math.max(last, due);
    });
  return { endAt: last + Math.round(DELAYS.removeStagger * ctx.emulator.config.timeScale) };
}
