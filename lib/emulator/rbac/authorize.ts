// Azure RBAC as ARM evaluates it: a principal's effective permissions at a scope are the permission
// blocks of every role assigned at that scope or any ancestor (subscription → resource group →
// resource). An action is allowed when some block lists it in `actions` and not in `notActions`;
// entries may contain `*` wildcards and compare case-insensitively (arm-contract.md §3 "Permissions").
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

const patternCache = new Map<string, RegExp>();

/** True when an action matches a role's action pattern (`*` matches any run of characters). */
export function actionMatches(pattern: string, action: string): boolean {
  let re = patternCache.get(pattern);
  if (!re) {
    const body = pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*');
    re = new RegExp(`^${body}$`, 'i');
    patternCache.set(pattern, re);
  }
  return re.test(action);
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

/** True when some permission block allows the action. */
export function permissionsAllow(blocks: readonly Permission[], action: string): boolean {
  return blocks.some((b) => b.actions.some((p) => actionMatches(p, action)) && !b.notActions.some((p) => actionMatches(p, action)));
}

/** True when the principal may perform `action` over `scope`. */
export function isAuthorized(db: Db, principalId: string, action: string, scope: string): boolean {
  return permissionsAllow(effectivePermissions(db, principalId, scope), action);
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
