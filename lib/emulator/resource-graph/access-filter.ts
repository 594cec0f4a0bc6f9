// Which rows a caller may see: ARG returns only resources the caller can read (`{type}/read`) through
// a role assignment at the resource, its resource group, its subscription, or the root. The caller's
// assignments become one SQL predicate over the index's columns, so RBAC filtering happens in SQLite
// and not row by row in JavaScript.
import { PROVIDERS } from '../data/resource-providers';
import { permissionsAllow } from '../rbac/authorize';
import type { RoleDefinitionData } from '../rbac/built-in-roles';
import type { Db } from '../store/db';
import { listAssignmentsForPrincipal } from '../store/role-assignments';
import { getRoleDefinition } from '../store/role-definitions';
import { parseScope } from '../handlers/authorization-scope';

/** A SQL fragment and its positional parameters. */
export interface SqlFragment {
  sql: string;
  params: unknown[];
}

/** The registries type as the index stores it (lowercase). */
export const REGISTRY_TYPE = 'microsoft.machinelearningservices/registries';

// Every resource type the emulator can hold: the types its resource providers serve. Static, so the
// predicate costs no table scan.
const INDEXED_TYPES: readonly string[] = [
  ...new Set([REGISTRY_TYPE, ...PROVIDERS.flatMap((p) => p.resourceTypes.filter((t) => !t.resourceType.startsWith('locations') && t.resourceType !== 'operations').map((t) => `${p.namespace}/${t.resourceType}`.toLowerCase()))]),
];

function scopePredicate(scope: string): SqlFragment | undefined {
  if (scope.replace(/\/+$/, '') === '') return { sql: '1', params: [] };
  const parsed = parseScope(scope);
  if (!parsed) return undefined;
  if (parsed.resourcePath) {
    const key = scope.toLowerCase().replace(/\/+$/, '');
    // The resource itself and its children (e.g. a container registry's replications).
    return { sql: '(key = ? OR substr(key, 1, ?) = ?)', params: [key, key.length + 1, `${key}/`] };
  }
  if (parsed.resourceGroup) return { sql: '(lower(subscriptionId) = ? AND resourceGroup = ?)', params: [parsed.subscriptionId.toLowerCase(), parsed.resourceGroup.toLowerCase()] };
  return { sql: 'lower(subscriptionId) = ?', params: [parsed.subscriptionId.toLowerCase()] };
}

/** The predicate selecting the rows `principalId` may read; `0` when it may read nothing. */
export function readablePredicate(db: Db, principalId: string): SqlFragment {
  const types = INDEXED_TYPES;
  const fullSubscriptions: string[] = [];
  const parts: SqlFragment[] = [];
  // A principal holds the same few roles on many scopes (bulk-seeded tenants: one per subscription).
  const readableByRole = new Map<string, string[]>();
  const readableTypes = (role: RoleDefinitionData) => {
    let readable = readableByRole.get(role.id);
    if (!readable) readableByRole.set(role.id, (readable = types.filter((t) => permissionsAllow(role.permissions, `${t}/read`))));
    return readable;
  };
  const roles = new Map<string, RoleDefinitionData | undefined>();
  for (const assignment of listAssignmentsForPrincipal(db, principalId)) {
    const roleKey = assignment.roleDefinitionId.toLowerCase();
    if (!roles.has(roleKey)) roles.set(roleKey, getRoleDefinition(db, roleKey));
    const role = roles.get(roleKey);
    if (!role) continue;
    const readable = readableTypes(role);
    if (readable.length === 0) continue;
    const parsed = parseScope(assignment.scope);
    if (readable.length === types.length && parsed && !parsed.resourceGroup) {
      fullSubscriptions.push(parsed.subscriptionId.toLowerCase());
      continue;
    }
    const scope = scopePredicate(assignment.scope);
    if (!scope) continue;
    if (readable.length === types.length) parts.push(scope);
    else parts.push({ sql: `(${scope.sql} AND type IN (${readable.map(() => '?').join(', ')}))`, params: [...scope.params, ...readable] });
  }
  if (fullSubscriptions.length) parts.unshift({ sql: `lower(subscriptionId) IN (${fullSubscriptions.map(() => '?').join(', ')})`, params: fullSubscriptions });
  if (parts.length === 0) return { sql: '0', params: [] };
  return { sql: parts.map((p) => p.sql).join(' OR '), params: parts.flatMap((p) => p.params) };
}
