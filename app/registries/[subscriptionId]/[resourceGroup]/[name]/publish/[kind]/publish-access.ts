// Whether the signed-in principal may publish to this registry, read once when the page renders: the
// registry must exist (404 otherwise) and ARM's permissions at its scope must allow assets/write. The page
// disables Publish and says what is missing; the actions check again whatever the page showed.
import 'server-only';
import type { ActionResult } from '@/lib/action-kit/action-result';
import { isActionAllowed, listPermissions } from '@/lib/arm/authorization';
import { registryPath } from '@/lib/arm/paths';
import { getRegistry } from '@/lib/arm/registries';
import { CONSOLE_ACTIONS } from '@/lib/session/rbac/console-actions';
import { refusalMessage, scopeLabelOf } from '@/lib/session/rbac/missing-permission';
import { runRegistryAction } from '../../run-action';

/** null when publishing is allowed, else the sentence saying which permission is missing. */
export interface PublishAccess {
  refusal: string | null;
}

/** Reads the registry and the principal's permissions on it. */
export function readPublishAccess(ref: unknown): Promise<ActionResult<PublishAccess>> {
  return runRegistryAction(ref, async (client, r) => {
    const scope = registryPath(r.subscriptionId, r.resourceGroup, r.name);
    const [, permissions] = await Promise.all([getRegistry(client, r.subscriptionId, r.resourceGroup, r.name), listPermissions(client, scope)]);
    const allowed = isActionAllowed(permissions, CONSOLE_ACTIONS.assetsWrite);
    return { ok: true, data: { refusal: allowed ? null : refusalMessage(CONSOLE_ACTIONS.assetsWrite, scopeLabelOf(scope)) } };
  });
}
