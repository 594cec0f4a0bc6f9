// What the Access control tab shows, as plain data (isomorphic): roles, principals, role assignments
// relative to the registry (own or inherited, with their scope), and effective permissions for "Check
// access". Built from ARM's wire shapes by the functions below; wire types never reach the browser.
import type { WireRoleAssignment, WireRoleDefinition } from '@/lib/arm/wire-types';
import { blockAllows, type PermissionBlock } from './can';
import { actionPhrase } from './console-actions';
import { roleGuidOf } from './built-in-roles';

/** Where an assignment sits relative to the registry. */
export type ScopeLevel = 'resource' | 'resourceGroup' | 'subscription' | 'above';

/** A role as the picker shows it. */
export interface RoleView {
  id: string;
  guid: string;
  roleName: string;
  type: 'BuiltInRole' | 'CustomRole';
  description: string;
  permissions: PermissionBlock[];
}

/** A directory principal as the picker and the table show it. */
export interface PrincipalView {
  id: string;
  displayName: string;
  userPrincipalName: string | null;
}

/** One role assignment, at the registry or inherited. */
export interface AssignmentView {
  id: string;
  roleGuid: string;
  roleName: string;
  principalId: string;
  principalName: string;
  principalUpn: string | null;
  principalType: string;
  scope: string;
  scopeLevel: ScopeLevel;
  /** "This registry", "Resource group 'rg'", "Subscription 'Contoso ML Production'". */
  scopeLabel: string;
  inherited: boolean;
}

/** One action's verdict for a principal, and the assignments that grant it. */
export interface EffectivePermission {
  action: string;
  phrase: string;
  allowed: boolean;
  grantedBy: { assignmentId: string; roleName: string; scopeLabel: string; inherited: boolean }[];
}

const key = (scope: string) => scope.replace(/\/+$/, '').toLowerCase();

/** True when `ancestor` is `scope` or one of its parents (role assignments are inherited downwards). */
export function scopeContains(ancestor: string, scope: string): boolean {
  const a = key(ancestor);
  const s = key(scope);
  return a === '' || s === a || s.startsWith(`${a}/`);
}

/** The level of `scope` for a registry at `registryScope` (which must contain it from above or equal it). */
export function scopeLevelOf(scope: string, registryScope: string): ScopeLevel {
  if (key(scope) === key(registryScope)) return 'resource';
  const depth = key(scope).split('/').filter(Boolean).length;
  if (depth === 4) return 'resourceGroup';
  if (depth === 2) return 'subscription';
  return 'above';
}

/** A role definition for the browser. */
export function toRoleView(wire: WireRoleDefinition): RoleView {
  return {
    id: wire.id,
    guid: wire.name.toLowerCase(),
    roleName: wire.properties.roleName,
    type: wire.properties.type,
    description: wire.properties.description ?? '',
    permissions: wire.properties.permissions.map((p) => ({ actions: p.actions, notActions: p.notActions ?? [] })),
  };
}

/** Labels of the levels; the subscription's display name when known. */
export function scopeLabel(level: ScopeLevel, scope: string, subscriptionName?: string): string {
  const parts = scope.split('/').filter(Boolean);
  if (level === 'resource') return 'This registry';
  if (level === 'resourceGroup') return `Resource group '${parts[3]}'`;
  if (level === 'subscription') return `Subscription '${subscriptionName ?? parts[1]}'`;
  return scope === '/' ? 'Root (all subscriptions)' : `Management scope '${scope}'`;
}

/** Role assignments that apply to the registry (at it or above), as the table shows them, registry's own first. */
export function toAssignmentViews(
  wire: readonly WireRoleAssignment[],
  context: { registryScope: string; roles: readonly RoleView[]; principals: readonly PrincipalView[]; subscriptionName?: string },
): AssignmentView[] {
  const roles = new Map(context.roles.map((r) => [r.guid, r]));
  const principals = new Map(context.principals.map((p) => [p.id.toLowerCase(), p]));
  const order: Record<ScopeLevel, number> = { resource: 0, resourceGroup: 1, subscription: 2, above: 3 };
  return wire
    .filter((a) => scopeContains(a.properties.scope, context.registryScope))
    .map((a) => {
      const level = scopeLevelOf(a.properties.scope, context.registryScope);
      const roleGuid = roleGuidOf(a.properties.roleDefinitionId);
      const principal = principals.get(a.properties.principalId.toLowerCase());
      return {
        id: a.id,
        roleGuid,
        roleName: roles.get(roleGuid)?.roleName ?? `Unknown role (${roleGuid})`,
        principalId: a.properties.principalId,
        principalName: principal?.displayName ?? a.properties.principalId,
        principalUpn: principal?.userPrincipalName ?? null,
        principalType: a.properties.principalType ?? 'User',
        scope: a.properties.scope,
        scopeLevel: level,
        scopeLabel: scopeLabel(level, a.properties.scope, context.subscriptionName),
        inherited: level !== 'resource',
      };
    })
    .sort((x, y) => order[x.scopeLevel] - order[y.scopeLevel] || x.principalName.localeCompare(y.principalName) || x.roleName.localeCompare(y.roleName));
}

/**
 * A principal's effective permissions on the registry, computed the way ARM evaluates them: the permission
 * blocks of every role assigned to the principal at the registry or above; an action is allowed when one
 * block allows it, and every assignment with such a block is listed as granting it.
 */
export function effectiveAccess(principalId: string, assignments: readonly AssignmentView[], roles: readonly RoleView[], actions: readonly string[]): EffectivePermission[] {
  const roleByGuid = new Map(roles.map((r) => [r.guid, r]));
  const mine = assignments.filter((a) => a.principalId.toLowerCase() === principalId.toLowerCase());
  return actions.map((action) => {
    const grantedBy = mine
      .filter((a) => roleByGuid.get(a.roleGuid)?.permissions.some((block) => blockAllows(block, action)))
      .map((a) => ({ assignmentId: a.id, roleName: a.roleName, scopeLabel: a.scopeLabel, inherited: a.inherited }));
    return { action, phrase: actionPhrase(action), allowed: grantedBy.length > 0, grantedBy };
  });
}
