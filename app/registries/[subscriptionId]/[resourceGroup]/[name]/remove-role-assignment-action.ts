'use server';
// Remove a role assignment made at this registry. Inherited ones (resource group, subscription) are
// removed where they were made: removing them here would change access to everything else under that scope.
import { deleteRoleAssignment } from '@/lib/arm/authorization';
import { requirePermission } from '@/lib/session/require-permission';
import { CONSOLE_ACTIONS } from '@/lib/session/rbac/console-actions';
import type { ActionResult } from '@/lib/action-kit/action-result';
import { runAccessAction } from '@/app/registries/[subscriptionId]/[resourceGroup]/[name]/run-access-action';

const ASSIGNMENT_SUFFIX = /^\/providers\/Microsoft\.Authorization\/roleAssignments\/[0-9a-f-]{36}$/i;

/** Deletes the assignment `assignmentId`, which must be at the registry's own scope. */
export async function removeRoleAssignmentAction(target: unknown, assignmentId: unknown): Promise<ActionResult<{ id: string }>> {
  return runAccessAction(target, async (client, t) => {
    const id = typeof assignmentId === 'string' ? assignmentId : '';
    const atRegistry = id.toLowerCase().startsWith(t.scope.toLowerCase()) && ASSIGNMENT_SUFFIX.test(id.slice(t.scope.length));
    if (!atRegistry) {
      return { ok: false, message: 'Only role assignments made at this registry can be removed here; remove inherited ones at their own scope.' };
    }
    const refused = await requirePermission(t.scope, CONSOLE_ACTIONS.roleAssignmentDelete);
    if (refused) return refused;
    await deleteRoleAssignment(client, id);
    return { ok: true, data: { id } };
  });
}
