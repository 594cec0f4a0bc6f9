// Store: generic tracked resources created by resource providers (storage accounts, container
// registries, replications). Each carries its pending transition (due_at → next_state), applied by
// provisioning/settle.ts, so the stored timestamps are the only source of truth.
import type { Db } from './db';
import { parseJson } from './db';

/** Provisioning states a managed resource goes through. */
export type ResourceState = 'Creating' | 'Succeeded' | 'Failed' | 'Deleting';

/** A generic resource row. */
export interface ResourceRecord {
  id: string;
  subscriptionId: string;
  resourceGroup: string;
  type: string;
  name: string;
  location: string;
  kind?: string;
  sku?: { name: string; tier?: string };
  tags: Record<string, string>;
  properties: Record<string, unknown>;
  provisioningState: ResourceState;
  dueAt: number | null;
  nextState: ResourceState | 'Deleted' | null;
  error?: { code: string; message: string };
  /** id key of the resource that owns it (a registry). */
  ownerKey?: string;
  /** region this resource serves for its owner. */
  region?: string;
  /** role for its owner: storage | acr | replication. */
  role?: string;
  operationId?: string;
  createdAt: number;
  /** Last change on the emulator's clock (ARM's changedTime); absent at insert means createdAt. */
  changedAt?: number;
}

interface Row {
  id: string;
  subscription_id: string;
  resource_group_key: string;
  type: string;
  name: string;
  location: string;
  kind: string | null;
  sku_json: string | null;
  tags_json: string;
  properties_json: string;
  provisioning_state: ResourceState;
  due_at: number | null;
  next_state: ResourceState | 'Deleted' | null;
  error_json: string | null;
  owner_key: string | null;
  region: string | null;
  role: string | null;
  operation_id: string | null;
  created_at: number;
  changed_at: number | null;
}

const toRecord = (r: Row): ResourceRecord => ({
  id: r.id,
  subscriptionId: r.subscription_id,
  resourceGroup: r.id.split('/')[4],
  type: r.type,
  name: r.name,
  location: r.location,
  kind: r.kind ?? undefined,
  sku: parseJson(r.sku_json, undefined),
  tags: parseJson(r.tags_json, {}),
  properties: parseJson(r.properties_json, {}),
  provisioningState: r.provisioning_state,
  dueAt: r.due_at,
  nextState: r.next_state,
  error: parseJson(r.error_json, undefined),
  ownerKey: r.owner_key ?? undefined,
  region: r.region ?? undefined,
  role: r.role ?? undefined,
  operationId: r.operation_id ?? undefined,
  createdAt: r.created_at,
  changedAt: r.changed_at ?? r.created_at,
});

/** Inserts a resource (replacing one with the same id). */
export function insertResource(db: Db, r: ResourceRecord): void {
  db.prepare(
    `INSERT OR REPLACE INTO resources (id_key, id, subscription_id, resource_group_key, type, name, location, kind, sku_json, tags_json,
       properties_json, provisioning_state, due_at, next_state, error_json, owner_key, region, role, operation_id, created_at, changed_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    r.id.toLowerCase(),
    r.id,
    r.subscriptionId,
    r.resourceGroup.toLowerCase(),
    r.type,
    r.name,
    r.location,
    r.kind ?? null,
    r.sku ? JSON.stringify(r.sku) : null,
    JSON.stringify(r.tags),
    JSON.stringify(r.properties),
    r.provisioningState,
    r.dueAt,
    r.nextState,
    r.error ? JSON.stringify(r.error) : null,
    r.ownerKey ?? null,
    r.region ?? null,
    r.role ?? null,
    r.operationId ?? null,
    r.createdAt,
    r.changedAt ?? r.createdAt,
  );
}

/** One resource by ARM id (case-insensitive). */
export function getResource(db: Db, id: string): ResourceRecord | undefined {
  const row = db.prepare('SELECT * FROM resources WHERE id_key = ?').get(id.toLowerCase()) as Row | undefined;
  return row && toRecord(row);
}

/** Resources of a resource group, ordered by id. */
export function listResourcesInGroup(db: Db, subscriptionId: string, resourceGroup: string): ResourceRecord[] {
  return (
    db.prepare('SELECT * FROM resources WHERE subscription_id = ? AND resource_group_key = ? ORDER BY id_key').all(subscriptionId, resourceGroup.toLowerCase()) as Row[]
  ).map(toRecord);
}

/** Resources of a subscription (every group), ordered by id. */
export function listResourcesInSubscription(db: Db, subscriptionId: string): ResourceRecord[] {
  return (db.prepare('SELECT * FROM resources WHERE subscription_id = ? ORDER BY id_key').all(subscriptionId) as Row[]).map(toRecord);
}

/** Resources owned by a registry (by its id key), ordered by creation. */
export function listOwnedResources(db: Db, ownerKey: string): ResourceRecord[] {
  return (db.prepare('SELECT * FROM resources WHERE owner_key = ? ORDER BY created_at, id_key').all(ownerKey) as Row[]).map(toRecord);
}

/** What a registry's ARM JSON says of each resource it owns (its regionDetails): no properties, tags or sku. */
export type OwnedResourceRef = Pick<ResourceRecord, 'id' | 'name' | 'provisioningState' | 'region' | 'role'>;

// Narrow on purpose: a Resource Graph page shapes up to 1000 registries, ~3 owned resources each, and their
// properties JSON is most of a row's bytes.
/** The owned resources of each of `ownerKeys` (registry id keys), ordered by creation, in one statement. */
export function listOwnedResourceRefs(db: Db, ownerKeys: readonly string[]): Map<string, OwnedResourceRef[]> {
  const rows = db
    .prepare('SELECT owner_key, id, name, provisioning_state, region, role FROM resources WHERE owner_key IN (SELECT value FROM json_each(?)) ORDER BY owner_key, created_at, id_key')
    .all(JSON.stringify(ownerKeys)) as Pick<Row, 'owner_key' | 'id' | 'name' | 'provisioning_state' | 'region' | 'role'>[];
  const byOwner = new Map<string, OwnedResourceRef[]>();
  for (const row of rows) {
    const ref: OwnedResourceRef = { id: row.id, name: row.name, provisioningState: row.provisioning_state, region: row.region ?? undefined, role: row.role ?? undefined };
    const owned = byOwner.get(row.owner_key!);
    if (owned) owned.push(ref);
    else byOwner.set(row.owner_key!, [ref]);
  }
  return byOwner;
}

/** Resources whose pending transition is due at `now`, oldest first. */
export function listDueResources(db: Db, now: number): ResourceRecord[] {
  return (db.prepare('SELECT * FROM resources WHERE due_at IS NOT NULL AND due_at <= ? ORDER BY due_at').all(now) as Row[]).map(toRecord);
}

/** Schedules a transition of a resource (e.g. Deleting → Deleted at `dueAt`). */
export function scheduleResource(db: Db, id: string, state: ResourceState, dueAt: number, nextState: ResourceState | 'Deleted'): void {
  db.prepare('UPDATE resources SET provisioning_state = ?, due_at = ?, next_state = ? WHERE id_key = ?').run(state, dueAt, nextState, id.toLowerCase());
}

/** Applies a settled state at `changedAt` (the transition's due time): clears the pending transition. */
export function settleResourceState(db: Db, id: string, state: ResourceState, changedAt: number): void {
  db.prepare('UPDATE resources SET provisioning_state = ?, due_at = NULL, next_state = NULL, changed_at = ? WHERE id_key = ?').run(state, changedAt, id.toLowerCase());
}

/** Replaces the tags of every resource owned by `ownerKey`. */
export function setOwnedResourceTags(db: Db, ownerKey: string, tags: Record<string, string>): void {
  db.prepare('UPDATE resources SET tags_json = ? WHERE owner_key = ?').run(JSON.stringify(tags), ownerKey);
}

/** Replaces the tags of one resource. */
export function setResourceTags(db: Db, id: string, tags: Record<string, string>): void {
  db.prepare('UPDATE resources SET tags_json = ? WHERE id_key = ?').run(JSON.stringify(tags), id.toLowerCase());
}

/** Removes one resource. */
export function deleteResource(db: Db, id: string): void {
  db.prepare('DELETE FROM resources WHERE id_key = ?').run(id.toLowerCase());
}

/** Removes every resource owned by a registry (by its id key). */
export function deleteOwnedResources(db: Db, ownerKey: string): void {
  db.prepare('DELETE FROM resources WHERE owner_key = ?').run(ownerKey);
}

/** Removes every resource of a resource group. */
export function deleteResourcesInGroup(db: Db, subscriptionId: string, resourceGroup: string): void {
  db.prepare('DELETE FROM resources WHERE subscription_id = ? AND resource_group_key = ?').run(subscriptionId, resourceGroup.toLowerCase());
}
