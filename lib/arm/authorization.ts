// Microsoft.Authorization (api-version pinned in api-versions.ts, arm-contract §3 "Permissions" and "Role
// assignments"): the caller's effective permissions at a scope with ARM's wildcard matching, role
// definitions (built-in and custom), and role assignments. Scopes are ARM ids of a subscription, resource
// group or resource; they are re-validated segment by segment (paths.ts) since they come from responses.
import 'server-only';
import { randomUUID } from 'node:crypto';
import { API_VERSIONS } from '@/lib/arm-facts/api-versions';
import type { ArmClient } from './client';
import { listAll } from './paging';
import { armPath, resourceIdPath } from './paths';
import { can } from '@/lib/arm-facts/rbac-match';
import type { WirePermission, WireRoleAssignment, WireRoleDefinition } from './wire-types';

const version = API_VERSIONS.authorization;
const AUTHZ = '/providers/Microsoft.Authorization';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True when some permission block's `actions` match and that same block's `notActions` do not (ARM semantics). */
export function isActionAllowed(perms: readonly WirePermission[], action: string): boolean {
  return can(perms, action);
}

/** GET {scope}/providers/Microsoft.Authorization/permissions: the caller's own permission blocks at the scope. */
export function listPermissions(client: ArmClient, scope: string): Promise<WirePermission[]> {
  return listAll<WirePermission>(client, `${resourceIdPath(scope)}${AUTHZ}/permissions`, version);
}

/** Role definitions available at a scope; filter e.g. `roleName eq 'Reader'` or `type eq 'CustomRole'`. */
export function listRoleDefinitions(client: ArmClient, scope: string, filter?: string): Promise<WireRoleDefinition[]> {
  return listAll<WireRoleDefinition>(client, `${resourceIdPath(scope)}${AUTHZ}/roleDefinitions`, version, filter ? { $filter: filter } : undefined);
}

/** GET one role definition by GUID at a scope. */
export async function getRoleDefinition(client: ArmClient, scope: string, roleDefinitionGuid: string): Promise<WireRoleDefinition> {
  const res = await client.send<WireRoleDefinition>({ method: 'GET', path: `${resourceIdPath(scope)}${armPath`/providers/Microsoft.Authorization/roleDefinitions/${roleDefinitionGuid}`}`, apiVersion: version });
  return res.body;
}

/** The body of a custom role PUT. */
export interface CustomRoleBody {
  properties: {
    roleName: string;
    description?: string;
    type?: 'CustomRole';
    permissions: WirePermission[];
    assignableScopes: string[];
  };
}

/** PUT a custom role at subscription scope (create or replace; ARM answers 201 for both). */
export async function createOrUpdateRoleDefinition(client: ArmClient, subscriptionId: string, roleDefinitionGuid: string, body: CustomRoleBody): Promise<WireRoleDefinition> {
  const res = await client.send<WireRoleDefinition>({
    method: 'PUT',
    path: armPath`/subscriptions/${subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${roleDefinitionGuid}`,
    apiVersion: version,
    body: { properties: { type: 'CustomRole', ...body.properties } },
  });
  return res.body;
}

/** DELETE a custom role; undefined when it did not exist (204). 409 RoleDefinitionHasAssignments while assigned. */
export async function deleteRoleDefinition(client: ArmClient, subscriptionId: string, roleDefinitionGuid: string): Promise<WireRoleDefinition | undefined> {
  const res = await client.send<WireRoleDefinition | undefined>({
    method: 'DELETE',
    path: armPath`/subscriptions/${subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${roleDefinitionGuid}`,
    apiVersion: version,
  });
  return res.status === 204 ? undefined : res.body;
}

/** Role assignments for a scope: no filter = at, above and below; `atScope()` = at and above; `principalId eq '…'`. */
export function listRoleAssignments(client: ArmClient, scope: string, filter?: string): Promise<WireRoleAssignment[]> {
  return listAll<WireRoleAssignment>(client, `${resourceIdPath(scope)}${AUTHZ}/roleAssignments`, version, filter ? { $filter: filter } : undefined);
}

/** What a new role assignment grants: a role (full id or bare GUID) to a principal. */
export interface NewRoleAssignment {
  roleDefinitionId: string;
  principalId: string;
  principalType?: 'User' | 'Group' | 'ServicePrincipal' | 'ForeignGroup' | 'Device';
  description?: string;
}

function subscriptionOf(scope: string): string {
  const m = /^\/subscriptions\/([^/]+)/i.exec(scope);
  if (!m) throw new Error(`Role assignment scope must be under a subscription: '${scope}'`);
  return m[1];
}

/** PUT {scope}/providers/Microsoft.Authorization/roleAssignments/{new GUID}. 409 RoleAssignmentExists, 400 PrincipalNotFound as ArmError. */
export async function createRoleAssignment(client: ArmClient, scope: string, input: NewRoleAssignment): Promise<WireRoleAssignment> {
  const roleDefinitionId = GUID.test(input.roleDefinitionId)
    ? armPath`/subscriptions/${subscriptionOf(scope)}/providers/Microsoft.Authorization/roleDefinitions/${input.roleDefinitionId}`
    : input.roleDefinitionId;
  const properties: Record<string, string> = { roleDefinitionId, principalId: input.principalId };
  if (input.principalType) properties.principalType = input.principalType;
  if (input.description) properties.description = input.description;
  const res = await client.send<WireRoleAssignment>({
    method: 'PUT',
    path: `${resourceIdPath(scope)}${armPath`/providers/Microsoft.Authorization/roleAssignments/${randomUUID()}`}`,
    apiVersion: version,
    body: { properties },
  });
  return res.body;
}

/** DELETE a role assignment by its full id; undefined when it was already gone (204). */
export async function deleteRoleAssignment(client: ArmClient, roleAssignmentId: string): Promise<WireRoleAssignment | undefined> {
  if (!/\/providers\/Microsoft\.Authorization\/roleAssignments\/[^/]+$/i.test(roleAssignmentId)) {
    throw new Error(`Not a role assignment id: '${roleAssignmentId}'`);
  }
  const res = await client.send<WireRoleAssignment | undefined>({ method: 'DELETE', path: resourceIdPath(roleAssignmentId), apiVersion: version });
  return res.status === 204 ? undefined : res.body;
}
