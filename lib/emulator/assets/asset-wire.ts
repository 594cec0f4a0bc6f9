// Registry assets as ARM returns them (mfe.json *ContainerResource / *VersionResource: ProxyResource
// envelope with id, name, type, systemData and `properties`). Containers carry latestVersion/nextVersion
// and provisioningState; versions carry provisioningState and the emulator's regionReplication.
import type { AssetContainerRecord, AssetKind, AssetVersionRecord } from '../store/assets';
import { registryId } from '../store/registries';
import type { RegistryRecord } from '../store/registries';
import { ASSET_KINDS } from './asset-kinds';
import type { RegionSlot } from './asset-replication';
import { replicationOf } from './asset-replication';

/** ARM id of an asset container. */
export function assetContainerId(registry: RegistryRecord, kind: AssetKind, name: string): string {
  return `${registryId(registry.subscriptionId, registry.resourceGroup, registry.name)}/${kind}/${name}`;
}

/** ARM id of an asset version. */
export function assetVersionId(registry: RegistryRecord, kind: AssetKind, name: string, version: string): string {
  return `${assetContainerId(registry, kind, name)}/versions/${version}`;
}

/** AssetProvisioningState from the stored times. */
export function provisioningState(rec: { readyAt: number; deleteAt: number | null }, now: number): 'Creating' | 'Deleting' | 'Succeeded' {
  if (rec.deleteAt !== null) return 'Deleting';
  return now < rec.readyAt ? 'Creating' : 'Succeeded';
}

/** What a container's wire needs from its versions. */
export interface ContainerVersionSummary {
  latestVersion?: string;
  nextVersion: string;
  count: number;
}

/** latestVersion = the most recently created live version; nextVersion = the highest integer version + 1 ("1" when none). */
export function summarizeVersions(versions: { version: string; seq: number }[]): ContainerVersionSummary {
  let latest: { version: string; seq: number } | undefined;
  let maxInteger = 0;
  for (const v of versions) {
    if (!latest || v.seq > latest.seq) latest = v;
    if (/^\d+$/.test(v.version)) maxInteger = Math.max(maxInteger, Number(v.version));
  }
  return { latestVersion: latest?.version, nextVersion: String(maxInteger + 1), count: versions.length };
}

/** The container's ARM JSON. */
export function toWireContainer(registry: RegistryRecord, c: AssetContainerRecord, summary: ContainerVersionSummary, now: number): Record<string, unknown> {
  const properties: Record<string, unknown> = {
    description: c.description ?? null,
    tags: c.tags,
    properties: c.properties,
    isArchived: c.isArchived,
    latestVersion: summary.latestVersion ?? null,
    nextVersion: summary.nextVersion,
    provisioningState: provisioningState(c, now),
  };
  return { id: assetContainerId(registry, c.kind, c.name), name: c.name, type: ASSET_KINDS[c.kind].containerType, properties, systemData: c.systemData };
}

/** The version's ARM JSON, with per-region replication when the registry's regions are known. */
export function toWireVersion(registry: RegistryRecord, v: AssetVersionRecord, slots: RegionSlot[], timeScale: number, now: number): Record<string, unknown> {
  const properties: Record<string, unknown> = {
    ...v.properties,
    isArchived: v.isArchived,
    provisioningState: provisioningState(v, now),
    regionReplication: replicationOf(slots, v.readyAt, timeScale, now),
  };
  return { id: assetVersionId(registry, v.kind, v.name, v.version), name: v.version, type: ASSET_KINDS[v.kind].versionType, properties, systemData: v.systemData };
}
