'use server';
// Reads what the Access control tab shows: role assignments at the registry and inherited from its
// resource group and subscription (`$filter=atScope()`: at and above, arm-contract §3), the roles
// assignable there, the directory, and the signed-in principal's own permissions to decide what to offer.
import { listRoleAssignments, listRoleDefinitions } from '@/lib/arm/authorization';
import { isArmError } from '@/lib/arm/errors';
import { getSubscription } from '@/lib/arm/subscriptions';
import { consoleAuthMode } from '@/lib/session/auth-mode';
import { listEmulatorPrincipals } from '@/lib/session/emulator-directory';
import { getPermissionsAt } from '@/lib/session/permissions';
import { toAssignmentViews, toRoleView, type PrincipalView, type RoleView } from '@/lib/session/rbac/access-view';
import { KNOWN_BUILT_IN_ROLES, OFFERED_BUILT_IN_ROLE_GUIDS } from '@/lib/session/rbac/built-in-roles';
import { plainAuthorizationMessage } from '@/lib/session/rbac/missing-permission';
import { ONE_CLICK_ROLES, oneClickRoleName } from '@/lib/session/rbac/one-click-roles';
import type { AccessControlData } from '@/lib/session/rbac/access-control-data';
import type { ActionResult } from '@/lib/action-kit/action-result';
import { browserRead } from '@/lib/action-kit/browser-read';
import { runAccessAction } from '@/app/registries/[subscriptionId]/[resourceGroup]/[name]/run-access-action';

const BUILT_IN_ORDER = KNOWN_BUILT_IN_ROLES.map((r) => r.guid);

// Built-ins in the seed's order (least privileged first), then custom roles by name.
function offeredRoles(all: RoleView[]): RoleView[] {
  const builtIn = all.filter((r) => OFFERED_BUILT_IN_ROLE_GUIDS.has(r.guid)).sort((a, b) => BUILT_IN_ORDER.indexOf(a.guid) - BUILT_IN_ORDER.indexOf(b.guid));
  const custom = all.filter((r) => r.type === 'CustomRole').sort((a, b) => a.roleName.localeCompare(b.roleName));
  return [...builtIn, ...custom];
}

// Reading assignments and roles needs Microsoft.Authorization/*/read, which AzureML Registry User lacks: the
// tab still opens (with what the principal may do), saying in words why the lists are missing.
async function unlessForbidden<T>(read: Promise<T[]>, denied: string[]): Promise<T[]> {
  try {
    return await read;
  } catch (error) {
    if (!isArmError(error) || error.status !== 403) throw error;
    denied.push(plainAuthorizationMessage(error.code, error.message));
    return [];
  }
}

async function directory(): Promise<PrincipalView[]> {
  if (consoleAuthMode() !== 'emulator') return [];
  return (await listEmulatorPrincipals()).map((p) => ({ id: p.id, displayName: p.displayName, userPrincipalName: p.userPrincipalName }));
}

/** The tab's data for one registry. */
export async function loadAccessControlAction(target: unknown): Promise<ActionResult<AccessControlData>> {
  return browserRead(() => runAccessAction(target, async (client, t) => {
    const denied: string[] = [];
    const [assignments, definitions, principals, registryPerms, subscriptionPerms, subscriptionName] = await Promise.all([
      unlessForbidden(listRoleAssignments(client, t.scope, 'atScope()'), denied),
      unlessForbidden(listRoleDefinitions(client, t.scope), denied),
      directory(),
      getPermissionsAt(t.scope),
      getPermissionsAt(t.subscriptionScope),
      // The display name only labels things; without it the id does.
      getSubscription(client, t.subscriptionId).then((s) => s.displayName, () => t.subscriptionId),
    ]);
    const allRoles = definitions.map(toRoleView);
    const roles = offeredRoles(allRoles);
    return {
      ok: true,
      data: {
        registryScope: t.scope,
        subscriptionName,
        readError: denied[0] ?? null,
        assignments: toAssignmentViews(assignments, { registryScope: t.scope, roles: allRoles, principals, subscriptionName }),
        roles,
        principals,
        directory: consoleAuthMode() === 'emulator' ? 'emulator' : 'object-id',
        permissions: { registry: registryPerms, subscription: subscriptionPerms },
        oneClickRoles: ONE_CLICK_ROLES.map((role) => {
          const roleName = oneClickRoleName(role, subscriptionName);
          const existing = allRoles.find((r) => r.type === 'CustomRole' && r.roleName.toLowerCase() === roleName.toLowerCase());
          return { kind: role.kind, roleName, existingGuid: existing?.guid ?? null };
        }),
      },
    };
  }));
}
