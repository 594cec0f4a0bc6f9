// Store: resource groups. Names are matched case-insensitively (name_key) and returned with the casing
// they were created with (arm-contract.md §4: responses keep the stored casing).
import type { Db } from './db';
import { parseJson } from './db';

/** A resource group row. `state` is Succeeded or Deleting. */
export interface ResourceGroupRecord {
  subscriptionId: string;
  name: string;
  location: string;
  tags: Record<string, string>;
  managedBy: string | null;
  state: 'Succeeded' | 'Deleting';
  createdAt: number;
}

interface Row {
  subscription_id: string;
  name: string;
  location: string;
  tags_json: string;
  managed_by: string | null;
  state: 'Succeeded' | 'Deleting';
  created_at: number;
}

const toRecord = (r: Row): ResourceGroupRecord => ({
  subscriptionId: r.subscription_id,
  name: r.name,
  location: r.location,
  tags: parseJson(r.tags_json, {}),
  managedBy: r.managed_by,
  state: r.state,
  createdAt: r.created_at,
});

/** One resource group, or undefined. */
export function getResourceGroup(db: Db, subscriptionId: string, name: string): ResourceGroupRecord | undefined {
  const row = db.prepare('SELECT * FROM resource_groups WHERE subscription_id = ? AND name_key = ?').get(subscriptionId, name.toLowerCase()) as
    | Row
    | undefined;
  return row && toRecord(row);
}

/** Resource groups of a subscription, ordered by name. */
export function listResourceGroups(db: Db, subscriptionId: string): ResourceGroupRecord[] {
  return (db.prepare('SELECT * FROM resource_groups WHERE subscription_id = ? ORDER BY name_key').all(subscriptionId) as Row[]).map(toRecord);
}

/** Inserts a resource group or updates location/tags/managedBy of an existing one (casing of the name kept). */
export function upsertResourceGroup(db: Db, rg: ResourceGroupRecord): void {
  db.prepare(
    `INSERT INTO resource_groups (subscription_id, name_key, name, location, tags_json, managed_by, state, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(subscription_id, name_key) DO UPDATE SET tags_json = excluded.tags_json, managed_by = excluded.managed_by, state = excluded.state`,
  ).run(rg.subscriptionId, rg.name.toLowerCase(), rg.name, rg.location, JSON.stringify(rg.tags), rg.managedBy, rg.state, rg.createdAt);
}

/** Replaces the tags of a resource group (managed groups follow their registry's tags). */
export function setResourceGroupTags(db: Db, subscriptionId: string, name: string, tags: Record<string, string>): void {
  db.prepare('UPDATE resource_groups SET tags_json = ? WHERE subscription_id = ? AND name_key = ?').run(
    JSON.stringify(tags),
    subscriptionId,
    name.toLowerCase(),
  );
}

/** Marks a resource group as Deleting. */
export function markResourceGroupDeleting(db: Db, subscriptionId: string, name: string): void {
  db.prepare("UPDATE resource_groups SET state = 'Deleting' WHERE subscription_id = ? AND name_key = ?").run(subscriptionId, name.toLowerCase());
}

/** Removes a resource group row (its resources are removed by the caller). */
export function deleteResourceGroupRow(db: Db, subscriptionId: string, name: string): void {
  db.prepare('DELETE FROM resource_groups WHERE subscription_id = ? AND name_key = ?').run(subscriptionId, name.toLowerCase());
}
