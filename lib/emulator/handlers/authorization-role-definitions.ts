// HTTP handlers of role definitions: list and GET at every scope shape, PUT/DELETE of custom roles at
// subscription scope. The work is the role-definitions RP's (rp/role-definitions-rp.ts).
import type { OperationResult } from '../context';
import { paginate } from '../http/paging';
import type { RequestContext } from '../http/request-context';
import { rpContextOf } from '../http/request-context';
import * as rp from '../rp/role-definitions-rp';
import { parseDefinitionFilter } from './authorization-filter';
import { requireRequestScope } from './authorization-scope';

/** GET {scope}/providers/Microsoft.Authorization/roleDefinitions[?$filter=roleName eq '…' | type eq '…']. */
export function listRoleDefinitionsHandler(ctx: RequestContext): OperationResult {
  const value = rp.listRoleDefinitionsAt(rpContextOf(ctx), requireRequestScope(ctx), parseDefinitionFilter(ctx.query.get('$filter')), ctx.params.subscriptionId);
  return { status: 200, body: paginate(ctx, value) };
}

/** GET {scope}/providers/Microsoft.Authorization/roleDefinitions/{roleDefinitionId}. */
export function getRoleDefinitionHandler(ctx: RequestContext): OperationResult {
  return rp.getRoleDefinitionAt(rpContextOf(ctx), requireRequestScope(ctx), ctx.params.roleDefinitionId, ctx.params.subscriptionId);
}

/** PUT /subscriptions/{s}/providers/Microsoft.Authorization/roleDefinitions/{guid}: creates or replaces a custom role. */
export function putRoleDefinitionHandler(ctx: RequestContext): OperationResult {
  return rp.putCustomRole(rpContextOf(ctx), ctx.params.subscriptionId, ctx.params.roleDefinitionId, ctx.body);
}

/** DELETE /subscriptions/{s}/providers/Microsoft.Authorization/roleDefinitions/{guid}. */
export function deleteRoleDefinitionHandler(ctx: RequestContext): OperationResult {
  return rp.deleteCustomRole(rpContextOf(ctx), ctx.params.subscriptionId, ctx.params.roleDefinitionId);
}
