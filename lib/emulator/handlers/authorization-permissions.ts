// GET {scope}/providers/Microsoft.Authorization/permissions: the caller's own effective permissions at
// a subscription, resource group or resource — one entry per permission block of every role assigned
// at that scope or above (arm-contract.md §3 "Permissions"; Permissions_ListForResourceGroup).
// A caller with no role there gets an empty list, not a 403.
import type { OperationResult } from '../context';
import { paginate } from '../http/paging';
import type { RequestContext } from '../http/request-context';
import { effectivePermissions } from '../rbac/authorize';
import { requireRequestScope } from './authorization-scope';

/** GET {scope}/providers/Microsoft.Authorization/permissions. */
export function listPermissionsHandler(ctx: RequestContext): OperationResult {
  const scope = requireRequestScope(ctx);
  const value = effectivePermissions(ctx.emulator.db, ctx.caller!.oid, scope).map((p) => ({
    actions: p.actions,
    notActions: p.notActions,
    dataActions: p.dataActions,
    notDataActions: p.notDataActions,
  }));
  return { status: 200, body: paginate(ctx, value) };
}
