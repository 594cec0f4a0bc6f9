'use server';
// "Add role assignment": PUT {registry}/providers/Microsoft.Authorization/roleAssignments/{new GUID}
// (arm-contract §3). Refused before ARM when the caller lacks roleAssignments/write at the registry.
import { createRoleAssignment } from '@/lib/arm/authorization';
import { requirePermission } from '@/lib/session/require-permission';
import { CONSOLE_ACTIONS } from '@/lib/session/rbac/console-actions';
import { addRoleAssignmentSchema } from '@/lib/session/rbac/add-role-assignment-schema';
import type { ActionResult } from '@/lib/action-kit/action-result';
import { runAccessAction } from '@/app/registries/[subscriptionId]/[resourceGroup]/[name]/run-access-action';

/** Assigns a role to a principal at the registry; returns the new assignment's id. */
export async function addRoleAssignmentAction(target: unknown, input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAccessAction(target, async (client, t) => {
    const parsed = addRoleAssignmentSchema.safeParse(input);
    if (!parsed.success) return { ok: false, message: parsed.error.issues.map((i) => i.message).join(' ') };
    const refused = await requirePermission(t.scope, CONSOLE_ACTIONS.roleAssignmentWrite);
    if (refused) return refused;
    const created = await createRoleAssignment(client, t.scope, {
      roleDefinitionId: parsed.data.roleGuid,
      principalId: parsed.data.principalId,
      principalType: parsed.data.principalType,
    });
    return { ok: true, data: { id: created.id } };
  });
}
