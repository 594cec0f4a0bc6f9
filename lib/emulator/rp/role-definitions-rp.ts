// The role-definitions provider (Microsoft.Authorization 2022-04-01): list and GET at any scope — the
// built-in roles with their real GUIDs plus custom roles assignable at that scope or above — and PUT/DELETE
// of custom roles at subscription scope. PUT answers 201 for create and update alike (the spec's only
// success code); DELETE answers 200 with the body, or 204 when the role does not exist.
import type { OperationResult, RpContext } from '../context';
import { authorize, scopeContains } from '../rbac/authorize';
import type { RoleDefinitionData } from '../rbac/built-in-roles';
import { isValidResourceName } from '../resource-names';
import { listRoleAssignments } from '../store/role-assignments';
import { deleteRoleDefinition, getRoleDefinition, listRoleDefinitions, upsertRoleDefinition } from '../store/role-definitions';
import { builtInRoleCannotBeModified, invalidRoleDefinition, roleDefinitionHasAssignments, roleDefinitionNotFound, roleDefinitionWithSameNameExists } from './authorization-errors';
import { toWireRoleDefinition } from './authorization-wire';
import { parseCustomRoleBody } from './role-definition-body';

/** True when a role can be seen (and assigned) at a scope: built-ins everywhere, custom roles within their assignable scopes. */
export function roleAvailableAt(def: RoleDefinitionData, scope: string): boolean {
  return def.roleType === 'BuiltInRole' || def.assignableScopes.some((s) => scopeContains(s, scope));
}

/** Which definitions a list returns (`$filter` parsed by the handler). */
export interface DefinitionFilter {
  roleName?: string;
  roleType?: string;
}

/** Roles available at `scope`, as ARM JSON (ids under `subscriptionId` when given). */
export function listRoleDefinitionsAt(ctx: RpContext, scope: string, filter: DefinitionFilter, subscriptionId?: string): Record<string, unknown>[] {
  return listRoleDefinitions(ctx.emulator.db)
    .filter((d) => roleAvailableAt(d, scope))
    .filter((d) => filter.roleName === undefined || d.roleName.toLowerCase() === filter.roleName.toLowerCase())
    .filter((d) => filter.roleType === undefined || d.roleType.toLowerCase() === filter.roleType.toLowerCase())
    .map((d) => toWireRoleDefinition(d, subscriptionId));
}

/** GET one role available at `scope` (404 RoleDefinitionDoesNotExist otherwise). */
export function getRoleDefinitionAt(ctx: RpContext, scope: string, id: string, subscriptionId?: string): OperationResult {
  const def = getRoleDefinition(ctx.emulator.db, id);
  if (!def || !roleAvailableAt(def, scope)) throw roleDefinitionNotFound(id);
  return { status: 200, body: toWireRoleDefinition(def, subscriptionId) };
}

/** PUT /subscriptions/{s}/…/roleDefinitions/{guid}: creates or replaces a custom role. */
export function putCustomRole(ctx: RpContext, subscriptionId: string, id: string, body: unknown): OperationResult {
  const db = ctx.emulator.db;
  if (!isValidResourceName('Microsoft.Authorization/roleDefinitions', id)) throw invalidRoleDefinition(`The role definition ID '${id}' is not valid: it must be a GUID.`);
  const input = parseCustomRoleBody(db, body);
  // ARM checks the write permission over every scope the role will be assignable at, not just the URL's.
  for (const scope of input.assignableScopes) authorize(db, ctx.caller, 'Microsoft.Authorization/roleDefinitions/write', scope);
  return db.transaction(() => {
    const existing = getRoleDefinition(db, id);
    if (existing?.roleType === 'BuiltInRole') throw builtInRoleCannotBeModified(id);
    const clash = listRoleDefinitions(db).find((d) => d.roleName.toLowerCase() === input.roleName.toLowerCase() && d.id.toLowerCase() !== id.toLowerCase());
    if (clash) throw roleDefinitionWithSameNameExists();
    const nowIso = new Date(ctx.now).toISOString();
    upsertRoleDefinition(db, { id: existing?.id ?? id.toLowerCase(), roleType: 'CustomRole', ...input }, nowIso);
    return { status: 201, body: toWireRoleDefinition(getRoleDefinition(db, id)!, subscriptionId) };
  })();
}

/** DELETE /subscriptions/{s}/…/roleDefinitions/{guid}: refused while assignments use the role. */
export function deleteCustomRole(ctx: RpContext, subscriptionId: string, id: string): OperationResult {
  const db = ctx.emulator.db;
  return db.transaction((): OperationResult => {
    const def = getRoleDefinition(db, id);
    if (!def) return { status: 204 };
    if (def.roleType === 'BuiltInRole') throw builtInRoleCannotBeModified(id);
    if (listRoleAssignments(db).some((a) => a.roleDefinitionId.toLowerCase() === def.id.toLowerCase())) throw roleDefinitionHasAssignments();
    deleteRoleDefinition(db, def.id);
    return { status: 200, body: toWireRoleDefinition(def, subscriptionId) };
  })();
}
