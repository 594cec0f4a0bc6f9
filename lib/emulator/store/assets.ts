// Store: registry asset containers and versions (tables from assets-schema.ts). Rows keep the caller's
// properties object as JSON; everything ARM adds (ids, provisioningState, latestVersion, replication) is
// derived in lib/emulator/assets from these rows and the clock.
import type { Statement } from 'better-sqlite3';
import type { Db } from './db';
import { parseJson } from './db';
import type { SystemData } from './registries';

// Prepared once per database: asset requests (and seeding) run these statements many times.
const statements = new WeakMap<Db, Map<string, Statement>>();
function stmt(db: Db, sql: string): Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let prepared = cache.get(sql);
  if (!prepared) cache.set(sql, (prepared = db.prepare(sql)));
  return prepared;
}

/** The five asset kinds, named by their path segment under a registry. */
export type AssetKind = 'models' | 'environments' | 'components' | 'data' | 'codes';

/** Identifies one asset container: registry (id key), kind, name. */
export interface ContainerKey {
  registryKey: string;
  kind: AssetKind;
  name: string;
}

/** One asset container row. */
export interface AssetContainerRecord extends ContainerKey {
  description?: string;
  tags: Record<string, string>;
  properties: Record<string, string>;
  isArchived: boolean;
  systemData: SystemData;
  createdAt: number;
  /** When the create operation finishes (provisioningState Creating until then). */
  readyAt: number;
  /** When a started deletion finishes (the row disappears then); null when not deleting. */
  deleteAt: number | null;
}

/** One asset version row. */
export interface AssetVersionRecord extends ContainerKey {
  version: string;
  /** Creation order within the container (latestVersion is the highest). */
  seq: number;
  /** The version's `properties` as stored (caller's fields, defaults applied). */
  properties: Record<string, unknown>;
  isArchived: boolean;
  systemData: SystemData;
  createdAt: number;
  modifiedAt: number;
  readyAt: number;
  deleteAt: number | null;
}

interface ContainerRow {
  registry_key: string;
  kind: AssetKind;
  name: string;
  description: string | null;
  tags_json: string;
  properties_json: string;
  is_archived: number;
  system_data_json: string;
  created_at: number;
  ready_at: number;
  delete_at: number | null;
}

interface VersionRow {
  registry_key: string;
  kind: AssetKind;
  name: string;
  version: string;
  seq: number;
  properties_json: string;
  is_archived: number;
  system_data_json: string;
  created_at: number;
  modified_at: number;
  ready_at: number;
  delete_at: number | null;
}

const toContainer = (r: ContainerRow): AssetContainerRecord => ({
  registryKey: r.registry_key,
  kind: r.kind,
  name: r.name,
  description: r.description ?? undefined,
  tags: parseJson(r.tags_json, {}),
  properties: parseJson(r.properties_json, {}),
  isArchived: r.is_archived === 1,
  systemData: parseJson(r.system_data_json, {} as SystemData),
  createdAt: r.created_at,
  readyAt: r.ready_at,
  deleteAt: r.delete_at,
});

const toVersion = (r: VersionRow): AssetVersionRecord => ({
  registryKey: r.registry_key,
  kind: r.kind,
  name: r.name,
  version: r.version,
  seq: r.seq,
  properties: parseJson(r.properties_json, {}),
  isArchived: r.is_archived === 1,
  systemData: parseJson(r.system_data_json, {} as SystemData),
  createdAt: r.created_at,
  modifiedAt: r.modified_at,
  readyAt: r.ready_at,
  deleteAt: r.delete_at,
});

/** Removes rows whose deletion has finished by `now`. */
export function purgeDeletedAssets(db: Db, now: number): void {
  stmt(db, 'DELETE FROM asset_versions WHERE delete_at IS NOT NULL AND delete_at <= ?').run(now);
  stmt(db, 'DELETE FROM asset_containers WHERE delete_at IS NOT NULL AND delete_at <= ?').run(now);
}

/** One container, or undefined. */
export function getContainer(db: Db, key: ContainerKey): AssetContainerRecord | undefined {
  const row = stmt(db, 'SELECT * FROM asset_containers WHERE registry_key = ? AND kind = ? AND name = ?').get(key.registryKey, key.kind, key.name) as
    | ContainerRow
    | undefined;
  return row && toContainer(row);
}

/** Every container of one kind in a registry, by name. */
export function listContainers(db: Db, registryKey: string, kind: AssetKind): AssetContainerRecord[] {
  const rows = stmt(db, 'SELECT * FROM asset_containers WHERE registry_key = ? AND kind = ? ORDER BY name').all(registryKey, kind) as ContainerRow[];
  return rows.map(toContainer);
}

/** Inserts or replaces a container row. */
export function saveContainer(db: Db, c: AssetContainerRecord): void {
  stmt(
    db,
    `INSERT INTO asset_containers (registry_key, kind, name, description, tags_json, properties_json, is_archived, system_data_json, created_at, ready_at, delete_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (registry_key, kind, name) DO UPDATE SET description = excluded.description, tags_json = excluded.tags_json,
       properties_json = excluded.properties_json, is_archived = excluded.is_archived, system_data_json = excluded.system_data_json,
       delete_at = excluded.delete_at`,
  ).run(
    c.registryKey,
    c.kind,
    c.name,
    c.description ?? null,
    JSON.stringify(c.tags),
    JSON.stringify(c.properties),
    c.isArchived ? 1 : 0,
    JSON.stringify(c.systemData),
    c.createdAt,
    c.readyAt,
    c.deleteAt,
  );
}

/** Starts deleting a container and every version in it (rows vanish at `deleteAt`). */
export function markContainerDeleting(db: Db, key: ContainerKey, deleteAt: number): void {
  stmt(db, 'UPDATE asset_containers SET delete_at = ? WHERE registry_key = ? AND kind = ? AND name = ?').run(deleteAt, key.registryKey, key.kind, key.name);
  stmt(db, 'UPDATE asset_versions SET delete_at = ? WHERE registry_key = ? AND kind = ? AND name = ? AND delete_at IS NULL').run(
    deleteAt,
    key.registryKey,
    key.kind,
    key.name,
  );
}

/** One version, or undefined. */
export function getVersion(db: Db, key: ContainerKey, version: string): AssetVersionRecord | undefined {
  const row = stmt(db, 'SELECT * FROM asset_versions WHERE registry_key = ? AND kind = ? AND name = ? AND version = ?').get(key.registryKey, key.kind, key.name, version) as VersionRow | undefined;
  return row && toVersion(row);
}

/** Every version of one container, in creation order. */
export function listVersions(db: Db, key: ContainerKey): AssetVersionRecord[] {
  const rows = stmt(db, 'SELECT * FROM asset_versions WHERE registry_key = ? AND kind = ? AND name = ? ORDER BY seq').all(key.registryKey, key.kind, key.name) as VersionRow[];
  return rows.map(toVersion);
}

/** Live versions (version, seq) of one container, for its latest/next version and count. */
export function listVersionSummaries(db: Db, key: ContainerKey): { version: string; seq: number }[] {
  return stmt(db, 'SELECT version, seq FROM asset_versions WHERE registry_key = ? AND kind = ? AND name = ? AND delete_at IS NULL').all(key.registryKey, key.kind, key.name) as {
    version: string;
    seq: number;
  }[];
}

/** The next creation sequence number of a container. */
export function nextVersionSeq(db: Db, key: ContainerKey): number {
  const row = stmt(db, 'SELECT COALESCE(MAX(seq), 0) + 1 AS next FROM asset_versions WHERE registry_key = ? AND kind = ? AND name = ?').get(key.registryKey, key.kind, key.name) as { next: number };
  return row.next;
}

/** Inserts a new version row. */
export function insertVersion(db: Db, v: AssetVersionRecord): void {
  stmt(
    db,
    `INSERT INTO asset_versions (registry_key, kind, name, version, seq, properties_json, is_archived, system_data_json, created_at, modified_at, ready_at, delete_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    v.registryKey,
    v.kind,
    v.name,
    v.version,
    v.seq,
    JSON.stringify(v.properties),
    v.isArchived ? 1 : 0,
    JSON.stringify(v.systemData),
    v.createdAt,
    v.modifiedAt,
    v.readyAt,
    v.deleteAt,
  );
}

/** Rewrites the mutable part of an existing version. */
export function updateVersion(db: Db, v: AssetVersionRecord): void {
  stmt(
    db,
    `UPDATE asset_versions SET properties_json = ?, is_archived = ?, system_data_json = ?, modified_at = ?
     WHERE registry_key = ? AND kind = ? AND name = ? AND version = ?`,
  ).run(JSON.stringify(v.properties), v.isArchived ? 1 : 0, JSON.stringify(v.systemData), v.modifiedAt, v.registryKey, v.kind, v.name, v.version);
}

/** Starts deleting one version (the row vanishes at `deleteAt`). */
export function markVersionDeleting(db: Db, key: ContainerKey, version: string, deleteAt: number): void {
  stmt(db, 'UPDATE asset_versions SET delete_at = ? WHERE registry_key = ? AND kind = ? AND name = ? AND version = ?').run(
    deleteAt,
    key.registryKey,
    key.kind,
    key.name,
    version,
  );
}
