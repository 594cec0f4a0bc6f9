'use server';
// One click, one custom role at subscription scope (PUT /subscriptions/{s}/providers/Microsoft.Authorization/
// roleDefinitions/{guid}). The GUID is derived from the subscription and the kind, so a second click
// updates the same role instead of colliding with it (role names are unique per tenant).
import { createHash } from 'node:crypto';
import { createOrUpdateRoleDefinition } from '@/lib/arm/authorization';
import { getSubscription } from '@/lib/arm/subscriptions';
import { requirePermission } from '@/lib/session/require-permission';
import { toRoleView, type RoleView } from '@/lib/session/rbac/access-view';
import { CONSOLE_ACTIONS } from '@/lib/session/rbac/console-actions';
import { oneClickRole, oneClickRoleProperties } from '@/lib/session/rbac/one-click-roles';
import type { ActionResult } from '@/lib/action-kit/action-result';
import { runAccessAction } from '@/app/registries/[subscriptionId]/[resourceGroup]/[name]/run-access-action';

// A name-based GUID (RFC 9562 §5.5 layout: version 5, variant 10) from a SHA-256 digest.
function roleGuidFor(subscriptionId: string, kind: string): string {
  const hex = createHash('sha256').update(`registry-hub/one-click-role/${kind}/${subscriptionId.toLowerCase()}`).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Creates (or brings back to its defined permissions) one of the three roles in the registry's subscription. */
export async function createOneClickRoleAction(target: unknown, kind: unknown): Promise<ActionResult<RoleView>> {
  return runAccessAction(target, async (client, t) => {
    const role = oneClickRole(kind);
    if (!role) return { ok: false, message: 'Unknown role: choose read assets, use and publish assets, or manage registries.' };
    const refused = await requirePermission(t.subscriptionScope, CONSOLE_ACTIONS.roleDefinitionWrite);
    if (refused) return refused;
    const subscription = await getSubscription(client, t.subscriptionId);
    const properties = oneClickRoleProperties(role, t.subscriptionId, subscription.displayName);
    const created = await createOrUpdateRoleDefinition(client, t.subscriptionId, roleGuidFor(t.subscriptionId, role.kind), { properties });
    return { ok: true, data: toRoleView(created) };
  });
}
