// Role definitions and role assignments as Microsoft.Authorization 2022-04-01 returns them
// (arm-contract.md §3 "Role assignments"; RoleAssignments_CreateForResource.json). Ids of role
// definitions are subscription-qualified when read through a subscription scope, as ARM does.
import type { RoleDefinitionData } from '../rbac/built-in-roles';
import type { RoleAssignmentRecord } from '../store/role-assignments';
import { parseScope } from '../rbac/scope';

const PROVIDER = 'providers/Microsoft.Authorization';

/** The ARM id of a role definition seen from a subscription (tenant-level id without one). */
export function roleDefinitionArmId(roleGuid: string, subscriptionId?: string): string {
  return subscriptionId ? `/subscriptions/${subscriptionId}/${PROVIDER}/roleDefinitions/${roleGuid}` : `/${PROVIDER}/roleDefinitions/${roleGuid}`;
}

/** The role GUID at the end of a role definition id (`…/roleDefinitions/{guid}`), or undefined. */
export function roleGuidOfId(roleDefinitionId: string): string | undefined {
  const m = /^(?:\/subscriptions\/[^/]+)?\/providers\/Microsoft\.Authorization\/roleDefinitions\/([^/]+)$/i.exec(roleDefinitionId.trim());
  return m?.[1];
}

/** A role definition's ARM JSON. */
export function toWireRoleDefinition(def: RoleDefinitionData, subscriptionId?: string): Record<string, unknown> {
  return {
    id: roleDefinitionArmId(def.id, subscriptionId),
    name: def.id,
    type: 'Microsoft.Authorization/roleDefinitions',
    properties: {
      roleName: def.roleName,
      type: def.roleType,
      description: def.description,
      assignableScopes: def.assignableScopes,
      permissions: def.permissions.map((p) => ({
        actions: p.actions,
        notActions: p.notActions,
        dataActions: p.dataActions,
        notDataActions: p.notDataActions,
      })),
      createdOn: def.createdOn,
      updatedOn: def.updatedOn,
    },
  };
}

/** A role assignment's ARM JSON. */
export function toWireRoleAssignment(a: RoleAssignmentRecord): Record<string, unknown> {
  return {
    id: `${a.scope}/${PROVIDER}/roleAssignments/${a.id}`,
    name: a.id,
    type: 'Microsoft.Authorization/roleAssignments',
    properties: {
      roleDefinitionId: roleDefinitionArmId(a.roleDefinitionId, parseScope(a.scope)?.subscriptionId),
      principalId: a.principalId,
      principalType: a.principalType,
      scope: a.scope,
      description: a.description ?? null,
      condition: null,
      conditionVersion: null,
      createdOn: a.createdAt,
      updatedOn: a.createdAt,
      createdBy: a.createdBy ?? null,
      updatedBy: a.createdBy ?? null,
      delegatedManagedIdentityResourceId: null,
    },
  };
}
