'use server';
// Which write actions the signed-in principal may take on this registry, from ARM's permissions at the
// registry scope (arm-contract §3 "Permissions", wildcard-matched as ARM does). The page disables what is
// not allowed and says why; ARM still refuses anything it must, whatever the page shows. The permissions
// are read through getPermissionsAt (once per request), shared with getAssetAccessAction in one render.
import type { ActionResult } from '@/lib/action-kit/action-result';
import { accessWithout, type WriteAccess } from '@/lib/registries/write-access';
import { registryPath } from '@/lib/arm/paths';
import { can } from '@/lib/session/rbac/can';
import { CONSOLE_ACTIONS } from '@/lib/session/rbac/console-actions';
import { getPermissionsAt } from '@/lib/session/permissions';
import { runRegistryRead } from './run-action';

const WRITE = CONSOLE_ACTIONS.registryWrite;
const DELETE = CONSOLE_ACTIONS.registryDelete;

/** canWrite (regions, tags), canDelete, and what is missing when either is refused. */
export async function getWriteAccessAction(ref: unknown): Promise<ActionResult<WriteAccess>> {
  return runRegistryRead(ref, async (_client, r) => {
    const permissions = await getPermissionsAt(registryPath(r.subscriptionId, r.resourceGroup, r.name));
    const missing = { write: can(permissions, WRITE) ? null : WRITE, delete: can(permissions, DELETE) ? null : DELETE };
    return { ok: true, data: accessWithout(missing) };
  });
}
