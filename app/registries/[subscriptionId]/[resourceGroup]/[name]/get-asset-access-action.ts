'use server';
// Which asset changes the signed-in principal may make in this registry, from ARM's permissions at the
// registry scope (wildcard-matched as ARM does). The tabs and the asset page disable what is refused.
import type { ActionResult } from '@/lib/action-kit/action-result';
import { isActionAllowed, listPermissions } from '@/lib/arm/authorization';
import { registryPath } from '@/lib/arm/paths';
import { missingAssetPermissionReason, type AssetAccess } from '@/lib/registries/assets/asset-access';
import { CONSOLE_ACTIONS } from '@/lib/session/rbac/console-actions';
import { runRegistryAction } from './run-action';

const WRITE = CONSOLE_ACTIONS.assetsWrite;
const DELETE = CONSOLE_ACTIONS.assetsDelete;

/** Null guards when allowed, else the permission that is missing, in words. */
export async function getAssetAccessAction(ref: unknown): Promise<ActionResult<AssetAccess>> {
  return runRegistryAction(ref, async (client, r) => {
    const permissions = await listPermissions(client, registryPath(r.subscriptionId, r.resourceGroup, r.name));
    return {
      ok: true,
      data: {
        writeBlocked: isActionAllowed(permissions, WRITE) ? null : missingAssetPermissionReason(WRITE, 'publish or change assets'),
        deleteBlocked: isActionAllowed(permissions, DELETE) ? null : missingAssetPermissionReason(DELETE, 'delete asset versions'),
      },
    };
  });
}
