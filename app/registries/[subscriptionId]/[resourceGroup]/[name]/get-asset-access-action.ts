'use server';
// Which asset changes the signed-in principal may make in this registry, from ARM's permissions at the
// registry scope (wildcard-matched as ARM does). The tabs and the asset page disable what is refused.
// The permissions are read through getPermissionsAt (once per request): the registry page's render asks
// this and getWriteAccessAction together, and ARM is asked once.
import type { ActionResult } from '@/lib/action-kit/action-result';
import { registryPath } from '@/lib/arm/paths';
import { missingAssetPermissionReason, type AssetAccess } from '@/lib/registries/assets/asset-access';
import { can } from '@/lib/session/rbac/can';
import { CONSOLE_ACTIONS } from '@/lib/session/rbac/console-actions';
import { getPermissionsAt } from '@/lib/session/permissions';
import { runRegistryRead } from './run-action';

const WRITE = CONSOLE_ACTIONS.assetsWrite;
const DELETE = CONSOLE_ACTIONS.assetsDelete;

/** Null guards when allowed, else the permission that is missing, in words. */
export async function getAssetAccessAction(ref: unknown): Promise<ActionResult<AssetAccess>> {
  return runRegistryRead(ref, async (_client, r) => {
    const permissions = await getPermissionsAt(registryPath(r.subscriptionId, r.resourceGroup, r.name));
    return {
      ok: true,
      data: {
        writeBlocked: can(permissions, WRITE) ? null : missingAssetPermissionReason(WRITE, 'publish or change assets'),
        deleteBlocked: can(permissions, DELETE) ? null : missingAssetPermissionReason(DELETE, 'delete asset versions'),
      },
    };
  });
}
