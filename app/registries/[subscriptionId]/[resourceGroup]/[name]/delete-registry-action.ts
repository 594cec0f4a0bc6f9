'use server';
// Delete the registry: DELETE answers 202 + Location (arm-contract §1); the registry and its managed
// resource group go away while the page polls. The name must be typed to confirm, checked here too.
import { z } from 'zod';
import type { ActionResult } from '@/lib/action-kit/action-result';
import type { StartedOperation } from '@/lib/registries/operation-types';
import { beginDeleteRegistry, getRegistry } from '@/lib/arm/registries';
import { runRegistryAction } from './run-action';
import { startedOperation } from './started-operation';
import { CONSOLE_ACTIONS } from '@/lib/session/rbac/console-actions';

const inputSchema = z.strictObject({ confirmName: z.string().max(100) });

/** Starts deleting the registry; `confirmName` must equal its name. `null` data: ARM had nothing to delete. */
export async function deleteRegistryAction(ref: unknown, input: unknown): Promise<ActionResult<StartedOperation | null>> {
  return runRegistryAction(ref, async (client, r) => {
    const parsed = inputSchema.safeParse(input);
    // Registry names are case-insensitive in ARM, but the confirmation asks for the name exactly as shown.
    const wire = await getRegistry(client, r.subscriptionId, r.resourceGroup, r.name);
    const name = wire.name ?? r.name;
    if (!parsed.success || parsed.data.confirmName !== name) {
      const problem = `Type the registry name "${name}" exactly to confirm.`;
      return { ok: false, message: problem, fieldErrors: { confirmName: problem } };
    }
    const handle = await beginDeleteRegistry(client, r.subscriptionId, r.resourceGroup, r.name);
    return { ok: true, data: handle ? startedOperation(handle, 'delete', name) : null };
  }, CONSOLE_ACTIONS.registryDelete);
}
