'use server';
// Which write actions the signed-in principal may take on this registry, from ARM's permissions at the
// registry scope (arm-contract §3 "Permissions", wildcard-matched as ARM does). The page disables what is
// not allowed and says why; ARM still refuses anything it must, whatever the page shows.
import type { ActionResult } from '@/lib/action-kit/action-result';
import { accessWithout, type WriteAccess } from '@/lib/registries/write-access';
import { isActionAllowed, listPermissions } from '@/lib/arm/authorization';
import { registryPath } from '@/lib/arm/paths';
import { CONSOLE_ACTIONS } from '@/lib/session/rbac/console-actions';
import { runRegistryAction } from './run-action';

const WRITE = CONSOLE_ACTIONS.registryWrite;
const DELETE = CONSOLE_ACTIONS.registryDelete;

/** canWrite (regions, tags), canDelete, and what is missing when either is refused. */
export async function getWriteAccessAction(ref: unknown): Promise<ActionResult<WriteAccess>> {
  return runRegistryAction(ref, async (client, r) => {
    const permissions = await listPermissions(client, registryPath(r.subscriptionId, r.resourceGroup, r.name));
    const missing = { write: isActionAllowed(permissions, WRITE) ? null : WRITE, delete: isActionAllowed(permissions, DELETE) ? null : DELETE };
    return { ok: true, data: accessWithout(missing) };
  });
}
