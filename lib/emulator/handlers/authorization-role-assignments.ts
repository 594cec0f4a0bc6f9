// HTTP handlers of role assignments at every scope shape: the request's scope (checked to exist) and
// `$filter` go to the role-assignments RP (rp/role-assignments-rp.ts), which does the work.
import type { OperationResult } from '../context';
import { paginate } from '../http/paging';
import type { RequestContext } from '../http/request-context';
import { rpContextOf } from '../http/request-context';
import * as rp from '../rp/role-assignments-rp';
import { parseAssignmentFilter } from './authorization-filter';
import { requireRequestScope } from './authorization-scope';

/** GET {scope}/providers/Microsoft.Authorization/roleAssignments[?$filter=…]. */
export function listRoleAssignmentsHandler(ctx: RequestContext): OperationResult {
  const value = rp.listRoleAssignmentsAt(rpContextOf(ctx), requireRequestScope(ctx), parseAssignmentFilter(ctx.query.get('$filter')));
  return { status: 200, body: paginate(ctx, value) };
}

/** GET {scope}/providers/Microsoft.Authorization/roleAssignments/{name}. */
export function getRoleAssignmentHandler(ctx: RequestContext): OperationResult {
  return rp.getRoleAssignmentAt(rpContextOf(ctx), requireRequestScope(ctx), ctx.params.roleAssignmentName);
}

/** PUT {scope}/providers/Microsoft.Authorization/roleAssignments/{guid}. */
export function putRoleAssignmentHandler(ctx: RequestContext): OperationResult {
  return rp.createRoleAssignment(rpContextOf(ctx), requireRequestScope(ctx), ctx.params.roleAssignmentName, ctx.body);
}

/** DELETE {scope}/providers/Microsoft.Authorization/roleAssignments/{name}. */
export function deleteRoleAssignmentHandler(ctx: RequestContext): OperationResult {
  return rp.deleteRoleAssignmentAt(rpContextOf(ctx), requireRequestScope(ctx), ctx.params.roleAssignmentName);
}
