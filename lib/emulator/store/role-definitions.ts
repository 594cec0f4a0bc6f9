// Store: role definitions (built-in and custom). Ids are the role GUIDs.
import type { Permission, RoleDefinitionData } from '../rbac/built-in-roles';
import type { Db } from './db';
import { parseJson } from './db';

interface Row {
  id: string;
  role_name: string;
  role_type: 'BuiltInRole' | 'CustomRole';
  description: string;
  permissions_json: string;
  assignable_scopes_json: string;
  created_at: string;
  updated_at: string;
}

const toData = (r: Row): RoleDefinitionData => ({
  id: r.id,
  roleName: r.role_name,
  roleType: r.role_type,
  description: r.description,
  permissions: parseJson<Permission[]>(r.permissions_json, []),
  assignableScopes: parseJson<string[]>(r.assignable_scopes_json, []),
  createdOn: r.created_at,
  updatedOn: r.updated_at,
});

/** Inserts or replaces a role definition. */
export function upsertRoleDefinition(db: Db, def: RoleDefinitionData, nowIso: string): void {
  db.prepare(
    `INSERT INTO role_definitions (id, role_name, role_type, description, permissions_json, assignable_scopes_json, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET role_name = excluded.role_name, description = excluded.description,
       permissions_json = excluded.permissions_json, assignable_scopes_json = excluded.assignable_scopes_json, updated_at = excluded.updated_at`,
  ).run(def.id, def.roleName, def.roleType, def.description, JSON.stringify(def.permissions), JSON.stringify(def.assignableScopes), nowIso, nowIso);
}

/** One role definition by GUID. */
export function getRoleDefinition(db: Db, id: string): RoleDefinitionData | undefined {
  const row = db.prepare('SELECT * FROM role_definitions WHERE lower(id) = lower(?)').get(id) as Row | undefined;
  return row && toData(row);
}

/** Every role definition, ordered by name. */
export function listRoleDefinitions(db: Db): RoleDefinitionData[] {
  return (db.prepare('SELECT * FROM role_definitions ORDER BY role_name').all() as Row[]).map(toData);
}

/** Deletes a role definition (custom roles). */
export function deleteRoleDefinition(db: Db, id: string): void {
  db.prepare('DELETE FROM role_definitions WHERE lower(id) = lower(?)').run(id);
}
