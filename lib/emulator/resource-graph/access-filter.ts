// Which rows a caller may see: ARG returns only resources the caller can read (`{type}/read`) through
// a role assignment at the resource, its resource group, its subscription, or the root. The caller's
// assignments become grants (scope + readable types); the store turns them into one SQL predicate.
import { PROVIDERS } from '../data/resource-providers';
import { parseScope } from '../rbac/scope';
import { can } from '../../arm-facts/rbac-match';
import type { RoleDefinitionData } from '../rbac/built-in-roles';
import type { Db } from '../store/db';
import type { ReadableGrant } from '../store/resource-graph-query';
import { REGISTRY_TYPE } from '../store/resource-graph-query';
import { listAssignmentsForPrincipal } from '../store/role-assignments';
import { getRoleDefinition } from '../store/role-definitions';

// Every resource type the emulator can hold: the types its resource providers serve. Static, so the
// predicate costs no table scan.
const INDEXED_TYPES: readonly string[] = [
  ...new Set([REGISTRY_TYPE, ...PROVIDERS.flatMap((p) => p.resourceTypes.filter((t) => !t.resourceType.startsWith('locations') && t.resourceType !== 'operations').map((t) => `${p.namespace}/${t.resourceType}`.toLowerCase()))]),
];

function grantAt(scope: string, types: ReadableGrant['types']): ReadableGrant | undefined {
  const trimmed = scope.replace(/\/+$/, '');
  if (trimmed === '') return { types };
  const parsed = parseScope(trimmed);
  if (!parsed) return undefined;
  if (parsed.resourcePath) return { resourceKey: trimmed.toLowerCase(), types };
  if (parsed.resourceGroup) return { subscriptionId: parsed.subscriptionId, resourceGroup: parsed.resourceGroup, types };
  return { subscriptionId: parsed.subscriptionId, types };
}

/** What `principalId` may read, one grant per role assignment that reads any indexed type. */
export function readableGrants(db: Db, principalId: string): ReadableGrant[] {
  const grants: ReadableGrant[] = [];
  // A principal holds the same few roles on many scopes (bulk-seeded tenants: one per subscription).
  const readableByRole = new Map<string, string[]>();
  const readableTypes = (role: RoleDefinitionData) => {
    let readable = readableByRole.get(role.id);
    if (!readable) readableByRole.set(role.id, (readable = INDEXED_TYPES.filter((t) => can(role.permissions, `${t}/read`))));
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
    const grant = grantAt(assignment.scope, readable.length === INDEXED_TYPES.length ? 'all' : readable);
    if (grant) grants.push(grant);
  }
  return grants;
}
