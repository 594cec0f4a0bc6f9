// Store: Microsoft.MachineLearningServices/registries. The row keeps what the caller asked for (the
// spec); server-filled fields (account names, ids, status) are derived from resources and operations.
import type { Db } from './db';
import { parseJson } from './db';

/** One storage account requested for a region. */
export interface StorageSpec {
  type: string;
  hnsEnabled: boolean;
  allowBlobPublicAccess: boolean;
}

/** One region of a registry as requested (the first region is the primary). */
export interface RegionSpec {
  location: string;
  acrSku: string;
  storage: StorageSpec[];
}

/** The caller-controlled part of a registry. */
export interface RegistrySpec {
  tags: Record<string, string>;
  kind?: string;
  sku?: { name: string; tier?: string; size?: string; family?: string; capacity?: number };
  identityType: string;
  publicNetworkAccess?: string;
  intellectualPropertyPublisher?: string;
  regions: RegionSpec[];
}

/** Who created / last modified a resource (ARM systemData). */
export interface SystemData {
  createdBy: string;
  createdByType: string;
  createdAt: string;
  lastModifiedBy: string;
  lastModifiedByType: string;
  lastModifiedAt: string;
}

/** A registry row. */
export interface RegistryRecord {
  idKey: string;
  name: string;
  subscriptionId: string;
  resourceGroup: string;
  location: string;
  spec: RegistrySpec;
  managedResourceGroup: string;
  identityPrincipalId: string;
  systemData: SystemData;
  createdAt: number;
}

interface Row {
  id_key: string;
  name: string;
  subscription_id: string;
  resource_group: string;
  location: string;
  spec_json: string;
  managed_rg_name: string;
  identity_principal_id: string;
  system_data_json: string;
  created_at: number;
}

const toRecord = (r: Row): RegistryRecord => ({
  idKey: r.id_key,
  name: r.name,
  subscriptionId: r.subscription_id,
  resourceGroup: r.resource_group,
  location: r.location,
  spec: parseJson(r.spec_json, {} as RegistrySpec),
  managedResourceGroup: r.managed_rg_name,
  identityPrincipalId: r.identity_principal_id,
  systemData: parseJson(r.system_data_json, {} as SystemData),
  createdAt: r.created_at,
});

/** The ARM id of a registry. */
export function registryId(subscriptionId: string, resourceGroup: string, name: string): string {
  return `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/providers/Microsoft.MachineLearningServices/registries/${name}`;
}

/** Case-insensitive key of an ARM id. */
export const idKey = (id: string) => id.toLowerCase();

/** One registry by subscription, resource group and name. */
export function getRegistry(db: Db, subscriptionId: string, resourceGroup: string, name: string): RegistryRecord | undefined {
  const row = db.prepare('SELECT * FROM registries WHERE id_key = ?').get(idKey(registryId(subscriptionId, resourceGroup, name))) as Row | undefined;
  return row && toRecord(row);
}

/** A registry with this name anywhere in the tenant (names are tenant-unique, case-insensitive). */
export function findRegistryByName(db: Db, name: string): RegistryRecord | undefined {
  const row = db.prepare('SELECT * FROM registries WHERE name_key = ?').get(name.toLowerCase()) as Row | undefined;
  return row && toRecord(row);
}

/** Registries by id key, in one statement (a key with no registry is absent from the map). */
export function getRegistriesByKeys(db: Db, keys: readonly string[]): Map<string, RegistryRecord> {
  const rows = db.prepare('SELECT * FROM registries WHERE id_key IN (SELECT value FROM json_each(?))').all(JSON.stringify(keys)) as Row[];
  return new Map(rows.map((row) => [row.id_key, toRecord(row)]));
}

/** A registry by its id key. */
export function getRegistryByKey(db: Db, key: string): RegistryRecord | undefined {
  const row = db.prepare('SELECT * FROM registries WHERE id_key = ?').get(key) as Row | undefined;
  return row && toRecord(row);
}

/** Registries of a subscription, optionally of one resource group, ordered by name. */
export function listRegistries(db: Db, subscriptionId: string, resourceGroup?: string): RegistryRecord[] {
  const rows = resourceGroup
    ? db.prepare('SELECT * FROM registries WHERE subscription_id = ? AND resource_group_key = ? ORDER BY name_key').all(subscriptionId, resourceGroup.toLowerCase())
    : db.prepare('SELECT * FROM registries WHERE subscription_id = ? ORDER BY name_key').all(subscriptionId);
  return (rows as Row[]).map(toRecord);
}

/** Name keys (lower-cased names) of the registries whose name starts with `prefix`, tenant-wide. */
export function registryNameKeysWithPrefix(db: Db, prefix: string): Set<string> {
  const key = prefix.toLowerCase();
  return new Set((db.prepare('SELECT name_key FROM registries WHERE substr(name_key, 1, ?) = ?').all(key.length, key) as { name_key: string }[]).map((r) => r.name_key));
}

/** Inserts a new registry. */
export function insertRegistry(db: Db, r: RegistryRecord): void {
  db.prepare(
    `INSERT INTO registries (id_key, name_key, name, subscription_id, resource_group_key, resource_group, location, spec_json,
       managed_rg_name, identity_principal_id, system_data_json, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    r.idKey,
    r.name.toLowerCase(),
    r.name,
    r.subscriptionId,
    r.resourceGroup.toLowerCase(),
    r.resourceGroup,
    r.location,
    JSON.stringify(r.spec),
    r.managedResourceGroup,
    r.identityPrincipalId,
    JSON.stringify(r.systemData),
    r.createdAt,
  );
}

/** Replaces the spec and systemData of an existing registry. */
export function updateRegistrySpec(db: Db, key: string, spec: RegistrySpec, systemData: SystemData): void {
  db.prepare('UPDATE registries SET spec_json = ?, system_data_json = ? WHERE id_key = ?').run(JSON.stringify(spec), JSON.stringify(systemData), key);
}

/** Removes a registry row. */
export function deleteRegistryRow(db: Db, key: string): void {
  db.prepare('DELETE FROM registries WHERE id_key = ?').run(key);
}
