// Store: role assignments (scope, principal, role definition GUID). Scopes are stored as given and
// compared case-insensitively through scope_key.
import type { Db } from './db';

/** A role assignment row. */
export interface RoleAssignmentRecord {
  id: string;
  scope: string;
  principalId: string;
  principalType: string;
  roleDefinitionId: string;
  description?: string;
  createdAt: string;
  createdBy?: string;
}

const SELECT = `SELECT id, scope, principal_id AS principalId, principal_type AS principalType, role_definition_id AS roleDefinitionId,
  description, created_at AS createdAt, created_by AS createdBy FROM role_assignments`;

/** Normalises a scope for comparison: lowercase, no trailing slash ('/' stays '/'). */
export function scopeKey(scope: string): string {
  const s = scope.toLowerCase().replace(/\/+$/, '');
  return s === '' ? '/' : s;
}

/** Inserts a role assignment. */
export function insertRoleAssignment(db: Db, a: RoleAssignmentRecord): void {
  db.prepare(
    `INSERT INTO role_assignments (id, scope, scope_key, principal_id, principal_type, role_definition_id, description, created_at, created_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(a.id, a.scope, scopeKey(a.scope), a.principalId, a.principalType, a.roleDefinitionId, a.description ?? null, a.createdAt, a.createdBy ?? null);
}

/** Assignments of a principal (any scope). */
export function listAssignmentsForPrincipal(db: Db, principalId: string): RoleAssignmentRecord[] {
  return db.prepare(`${SELECT} WHERE lower(principal_id) = lower(?) ORDER BY created_at, id`).all(principalId) as RoleAssignmentRecord[];
}

/** Every assignment, ordered by scope. */
export function listRoleAssignments(db: Db): RoleAssignmentRecord[] {
  return db.prepare(`${SELECT} ORDER BY scope_key, id`).all() as RoleAssignmentRecord[];
}

/** One assignment by GUID. */
export function getRoleAssignment(db: Db, id: string): RoleAssignmentRecord | undefined {
  return db.prepare(`${SELECT} WHERE lower(id) = lower(?)`).get(id) as RoleAssignmentRecord | undefined;
}

/** Deletes one assignment by GUID. */
export function deleteRoleAssignment(db: Db, id: string): void {
  db.prepare('DELETE FROM role_assignments WHERE lower(id) = lower(?)').run(id);
}
