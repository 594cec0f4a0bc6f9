// Role definitions (Microsoft.Authorization 2022-04-01): list and GET at any scope — the built-in roles
// with their real GUIDs plus custom roles assignable at that scope or above — and PUT/DELETE of custom
// roles at subscription scope. PUT answers 201 for create and update alike (the spec's only success
// code); DELETE answers 200 with the body, or 204 when the role does not exist.
import { isValidResourceName } from '../resource-names';
import type { OperationResult } from '../context';
import { paginate } from '../http/paging';
import type { RequestContext } from '../http/request-context';
import { authorize, scopeContains } from '../rbac/authorize';
import type { RoleDefinitionData } from '../rbac/built-in-roles';
import { listRoleAssignments } from '../store/role-assignments';
import { deleteRoleDefinition, getRoleDefinition, listRoleDefinitions, upsertRoleDefinition } from '../store/role-definitions';
import {
  builtInRoleCannotBeModified,
  invalidRoleDefinition,
  roleDefinitionHasAssignments,
  roleDefinitionNotFound,
  roleDefinitionWithSameNameExists,
} from './authorization-errors';
import { parseDefinitionFilter } from './authorization-filter';
import { parseCustomRoleBody } from './authorization-role-definition-body';
import { requireRequestScope } from './authorization-scope';
import { toWireRoleDefinition } from './authorization-wire';


/** True when a role can be seen (and assigned) at a scope: built-ins everywhere, custom roles within their assignable scopes. */
export function roleAvailableAt(def: RoleDefinitionData, scope: string): boolean {
  return def.roleType === 'BuiltInRole' || def.assignableScopes.some((s) => scopeContains(s, scope));
}

/** GET {scope}/providers/Microsoft.Authorization/roleDefinitions[?$filter=roleName eq '…' | type eq '…']. */
export function listRoleDefinitionsHandler(ctx: RequestContext): OperationResult {
  const scope = requireRequestScope(ctx);
  const filter = parseDefinitionFilter(ctx.query.get('$filter'));
  const value = listRoleDefinitions(ctx.emulator.db)
    .filter((d) => roleAvailableAt(d, scope))
    .filter((d) => filter.roleName === undefined || d.roleName.toLowerCase() === filter.roleName.toLowerCase())
    .filter((d) => filter.roleType === undefined || d.roleType.toLowerCase() === filter.roleType.toLowerCase())
    .map((d) => toWireRoleDefinition(d, ctx.params.subscriptionId));
  return { status: 200, body: paginate(ctx, value) };
}

/** GET {scope}/providers/Microsoft.Authorization/roleDefinitions/{roleDefinitionId}. */
export function getRoleDefinitionHandler(ctx: RequestContext): OperationResult {
  const scope = requireRequestScope(ctx);
  const def = getRoleDefinition(ctx.emulator.db, ctx.params.roleDefinitionId);
  if (!def || !roleAvailableAt(def, scope)) throw roleDefinitionNotFound(ctx.params.roleDefinitionId);
  return { status: 200, body: toWireRoleDefinition(def, ctx.params.subscriptionId) };
}

/** PUT /subscriptions/{s}/providers/Microsoft.Authorization/roleDefinitions/{guid}: creates or replaces a custom role. */
export function putRoleDefinitionHandler(ctx: RequestContext): OperationResult {
  const db = ctx.emulator.db;
  const id = ctx.params.roleDefinitionId;
  if (!isValidResourceName('Microsoft.Authorization/roleDefinitions', id)) throw invalidRoleDefinition(`The role definition ID '${id}' is not valid: it must be a GUID.`);
  const input = parseCustomRoleBody(db, ctx.body);
  // ARM checks the write permission over every scope the role will be assignable at, not just the URL's.
  for (const scope of input.assignableScopes) authorize(db, ctx.caller!, 'Microsoft.Authorization/roleDefinitions/write', scope);
  return db.transaction(() => {
    const existing = getRoleDefinition(db, id);
    if (existing?.roleType === 'BuiltInRole') throw builtInRoleCannotBeModified(id);
    const clash = listRoleDefinitions(db).find((d) => d.roleName.toLowerCase() === input.roleName.toLowerCase() && d.id.toLowerCase() !== id.toLowerCase());
    if (clash) throw roleDefinitionWithSameNameExists();
    const nowIso = new Date(ctx.now).toISOString();
    upsertRoleDefinition(db, { id: existing?.id ?? id.toLowerCase(), roleType: 'CustomRole', ...input }, nowIso);
    return { status: 201, body: toWireRoleDefinition(getRoleDefinition(db, id)!, ctx.params.subscriptionId) };
  })();
}

/** DELETE /subscriptions/{s}/providers/Microsoft.Authorization/roleDefinitions/{guid}. */
export function deleteRoleDefinitionHandler(ctx: RequestContext): OperationResult {
  const db = ctx.emulator.db;
  const id = ctx.params.roleDefinitionId;
  return db.transaction((): OperationResult => {
    const def = getRoleDefinition(db, id);
    if (!def) return { status: 204 };
    if (def.roleType === 'BuiltInRole') throw builtInRoleCannotBeModified(id);
    if (listRoleAssignments(db).some((a) => a.roleDefinitionId.toLowerCase() === def.id.toLowerCase())) throw roleDefinitionHasAssignments();
    deleteRoleDefinition(db, def.id);
    return { status: 200, body: toWireRoleDefinition(def, ctx.params.subscriptionId) };
  })();
}
