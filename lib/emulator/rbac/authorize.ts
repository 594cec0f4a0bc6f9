// Azure RBAC as ARM evaluates it: a principal's effective permissions at a scope are the permission
// blocks of every role assigned at that scope or any ancestor (subscription → resource group →
// resource). An action is allowed when some block lists it in `actions` and not in `notActions`;
// entries may contain `*` wildcards and compare case-insensitively (arm-contract.md §3 "Permissions").
// The action check itself is ARM's one rule, shared with the console (lib/arm-facts/rbac-match.ts).
import { can } from '../../arm-facts/rbac-match';
import { authorizationFailed } from '../errors';
import type { Db } from '../store/db';
import { listAssignmentsForPrincipal, scopeKey } from '../store/role-assignments';
import { getRoleDefinition } from '../store/role-definitions';
import type { Permission } from './built-in-roles';

/** The caller as authorization sees it. */
export interface AuthorizationPrincipal {
  oid: string;
  upn: string;
}

/** True when `ancestor` is `scope` itself or one of its parent scopes. */
export function scopeContains(ancestor: string, scope: string): boolean {
  const a = scopeKey(ancestor);
  const s = scopeKey(scope);
  return a === '/' || s === a || s.startsWith(`${a}/`);
}

/** The permission blocks that apply to a principal at a scope (inherited from ancestors). */
export function effectivePermissions(db: Db, principalId: string, scope: string): Permission[] {
  const blocks: Permission[] = [];
  for (const assignment of listAssignmentsForPrincipal(db, principalId)) {
    if (!scopeContains(assignment.scope, scope)) continue;
    const role = getRoleDefinition(db, assignment.roleDefinitionId);
    if (role) blocks.push(...role.permissions);
  }
  return blocks;
}

/** True when the principal may perform `action` over `scope`. */
export function isAuthorized(db: Db, principalId: string, action: string, scope: string): boolean {
  return can(effectivePermissions(db, principalId, scope), action);
}

/** Throws ARM's 403 AuthorizationFailed unless the principal may perform `action` over `scope`. */
export function authorize(db: Db, principal: AuthorizationPrincipal, action: string, scope: string): void {
  if (!isAuthorized(db, principal.oid, action, scope)) throw authorizationFailed(principal.upn, principal.oid, action, scope);
}

/** True when the principal holds any role assignment at, above or below the subscription (ARM shows it the subscription). */
export function canSeeSubscription(db: Db, principalId: string, subscriptionId: string): boolean {
  const sub = `/subscriptions/${subscriptionId}`;
  return listAssignmentsForPrincipal(db, principalId).some((a) => scopeContains(a.scope, sub) || scopeContains(sub, a.scope));
}
