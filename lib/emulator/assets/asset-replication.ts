// Replication of asset versions to every region of their registry, on the emulator's clock. A version is
// usable in the primary region when its create operation ends; each additional region finishes a fixed
// delay after both the version exists and the region's storage account is ready — so a region added to
// the registry later (its storage created then) replicates every existing version from that moment.
// The ML resource provider's spec has no replication field; `regionReplication` is the emulator's
// read-only extension for the console (real clients ignore unknown read-only fields).
import type { Emulator } from '../context';
import type { RegistryRecord } from '../store/registries';
import { listOwnedResources } from '../store/resources';

/** Delays (ms at time scale 1) of asset operations and replication. */
export const ASSET_DELAYS = {
  create: 2_000,
  delete: 2_000,
  replicationFirst: 12_000,
  replicationStagger: 6_000,
} as const;

/** When each region of a registry can receive replicas. */
export interface RegionSlot {
  location: string;
  primary: boolean;
  /** When the region's storage is ready (null: not yet planned / not provisioned). */
  readyAt: number | null;
  index: number;
}

/** One region's replication of a version, as the wire shows it. */
export interface RegionReplication {
  location: string;
  status: 'Succeeded' | 'InProgress';
  completedAt?: string;
}

/** The regions of a registry with the time each can hold replicas. */
export function regionSlots(emulator: Emulator, registry: RegistryRecord): RegionSlot[] {
  const storage = listOwnedResources(emulator.db, registry.idKey).filter((r) => r.role === 'storage');
  return registry.spec.regions.map((region, index) => {
    const account = storage.find((r) => r.region === region.location);
    const readyAt = account ? (account.provisioningState === 'Succeeded' ? account.createdAt : account.dueAt) : null;
    return { location: region.location, primary: index === 0, readyAt, index };
  });
}

/** Per-region replication of a version whose create operation ends at `versionReadyAt`. */
export function replicationOf(slots: RegionSlot[], versionReadyAt: number, timeScale: number, now: number): RegionReplication[] {
  return slots.map((slot) => {
    const doneAt = slot.primary
      ? versionReadyAt
      : slot.readyAt === null
        ? null
        : Math.max(versionReadyAt, slot.readyAt) + Math.round((ASSET_DELAYS.replicationFirst + (slot.index - 1) * ASSET_DELAYS.replicationStagger) * timeScale);
    if (doneAt === null || doneAt > now) return { location: slot.location, status: 'InProgress' };
    return { location: slot.location, status: 'Succeeded', completedAt: new Date(doneAt).toISOString() };
  });
}
