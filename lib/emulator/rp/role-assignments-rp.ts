// The role-assignments provider (Microsoft.Authorization 2022-04-01) at subscription, resource group and
// resource scope: list, PUT with a new GUID (201; 200 on an identical repeat), GET, DELETE (200 with the
// body; 204 when missing). Errors per arm-contract.md §3: 409 RoleAssignmentExists, 400 PrincipalNotFound,
// 400 RoleDefinitionDoesNotExist.
import type { OperationResult, RpContext } from '../context';
import { scopeContains } from '../rbac/authorize';
import { isValidResourceName } from '../resource-names';
import { findPrincipal } from '../store/principals';
import type { RoleAssignmentRecord } from '../store/role-assignments';
import { deleteRoleAssignment, getRoleAssignment, insertRoleAssignment, listRoleAssignments, scopeKey } from '../store/role-assignments';
import { getRoleDefinition } from '../store/role-definitions';
import {
  invalidRoleAssignmentRequest,
  principalNotFound,
  roleAssignmentExists,
  roleAssignmentNotFound,
  roleAssignmentUpdateNotPermitted,
  roleDefinitionDoesNotExist,
} from './authorization-errors';
import { roleGuidOfId, toWireRoleAssignment } from './authorization-wire';
import { roleAvailableAt } from './role-definitions-rp';

const PRINCIPAL_TYPES = ['User', 'Group', 'ServicePrincipal', 'ForeignGroup', 'Device'];

/** Which assignments a list returns (`$filter` parsed by the handler). */
export interface AssignmentFilter {
  /** `atScope()`: only at or above the scope (otherwise below it too). */
  atScope: boolean;
  principalId?: string;
}

/** Assignments at, above and (unless atScope) below `scope`, as ARM JSON. */
export function listRoleAssignmentsAt(ctx: RpContext, scope: string, filter: AssignmentFilter): Record<string, unknown>[] {
  return listRoleAssignments(ctx.emulator.db)
    .filter((a) => scopeContains(a.scope, scope) || (!filter.atScope && scopeContains(scope, a.scope)))
    .filter((a) => filter.principalId === undefined || a.principalId.toLowerCase() === filter.principalId.toLowerCase())
    .map(toWireRoleAssignment);
}

function assignmentAt(ctx: RpContext, scope: string, name: string): RoleAssignmentRecord | undefined {
  const a = getRoleAssignment(ctx.emulator.db, name);
  return a && scopeKey(a.scope) === scopeKey(scope) ? a : undefined;
}

/** GET one assignment at exactly `scope` (404 RoleAssignmentNotFound otherwise). */
export function getRoleAssignmentAt(ctx: RpContext, scope: string, name: string): OperationResult {
  const a = assignmentAt(ctx, scope, name);
  if (!a) throw roleAssignmentNotFound(name);
  return { status: 200, body: toWireRoleAssignment(a) };
}

interface AssignmentInput {
  roleGuid: string;
  principalId: string;
  principalType?: string;
  description?: string;
}

function parseAssignmentBody(body: unknown): AssignmentInput {
  const props = (body as { properties?: Record<string, unknown> } | undefined)?.properties;
  if (typeof props !== 'object' || props === null) throw invalidRoleAssignmentRequest("The property 'properties' is required.");
  const { roleDefinitionId, principalId, principalType, description } = props;
  if (typeof roleDefinitionId !== 'string' || !roleDefinitionId) throw invalidRoleAssignmentRequest("The property 'properties.roleDefinitionId' is required.");
  if (typeof principalId !== 'string' || !principalId) throw invalidRoleAssignmentRequest("The property 'properties.principalId' is required.");
  if (principalType !== undefined && (typeof principalType !== 'string' || !PRINCIPAL_TYPES.includes(principalType))) {
    throw invalidRoleAssignmentRequest(`The principal type '${String(principalType)}' is not valid. Valid values: ${PRINCIPAL_TYPES.join(', ')}.`);
  }
  if (description !== undefined && description !== null && typeof description !== 'string') throw invalidRoleAssignmentRequest("The property 'properties.description' must be a string.");
  const roleGuid = roleGuidOfId(roleDefinitionId);
  if (!roleGuid) throw roleDefinitionDoesNotExist(roleDefinitionId);
  return { roleGuid, principalId, principalType, description: description ?? undefined };
}

/** PUT {scope}/…/roleAssignments/{guid}. */
export function createRoleAssignment(ctx: RpContext, scope: string, name: string, body: unknown): OperationResult {
  const db = ctx.emulator.db;
  if (!isValidResourceName('Microsoft.Authorization/roleAssignments', name)) throw invalidRoleAssignmentRequest(`The role assignment ID '${name}' is not valid. The role assignment ID must be a GUID.`);
  const input = parseAssignmentBody(body);
  return db.transaction((): OperationResult => {
    const role = getRoleDefinition(db, input.roleGuid);
    if (!role || !roleAvailableAt(role, scope)) throw roleDefinitionDoesNotExist(input.roleGuid);
    const principal = findPrincipal(db, input.principalId);
    if (!principal || principal.id.toLowerCase() !== input.principalId.toLowerCase()) throw principalNotFound(input.principalId);
    const same = (a: RoleAssignmentRecord) =>
      scopeKey(a.scope) === scopeKey(scope) && a.principalId.toLowerCase() === principal.id.toLowerCase() && a.roleDefinitionId.toLowerCase() === role.id.toLowerCase();
    const existing = getRoleAssignment(db, name);
    if (existing) {
      if (!same(existing)) throw roleAssignmentUpdateNotPermitted();
      return { status: 200, body: toWireRoleAssignment(existing) };
    }
    const duplicate = listRoleAssignments(db).find(same);
    if (duplicate) throw roleAssignmentExists(duplicate.id);
    insertRoleAssignment(db, {
      id: name.toLowerCase(),
      scope,
      principalId: principal.id,
      principalType: input.principalType ?? principal.principalType,
      roleDefinitionId: role.id,
      description: input.description,
      createdAt: new Date(ctx.now).toISOString(),
      createdBy: ctx.caller.oid,
    });
    return { status: 201, body: toWireRoleAssignment(getRoleAssignment(db, name)!) };
  })();
}

/** DELETE {scope}/…/roleAssignments/{name}: 200 with the body, 204 when missing. */
export function deleteRoleAssignmentAt(ctx: RpContext, scope: string, name: string): OperationResult {
  const a = assignmentAt(ctx, scope, name);
  if (!a) return { status: 204 };
  deleteRoleAssignment(ctx.emulator.db, a.id);
  return { status: 200, body: toWireRoleAssignment(a) };
}
