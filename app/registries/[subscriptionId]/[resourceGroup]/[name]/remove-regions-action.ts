'use server';
// Remove additional regions: POST removeRegions (202 + Location, arm-contract §1). A full PUT cannot remove
// a region, and the primary region can never be removed.
import { z } from 'zod';
import type { ActionResult } from '@/lib/action-kit/action-result';
import type { StartedOperation } from '@/lib/registries/operation-types';
import { beginRemoveRegions, getRegistry } from '@/lib/arm/registries';
import { regionNameSchema } from '@/lib/registries/create-registry-schema';
import { removeRegionsBody, removeRegionsProblem } from '@/lib/registries/registry-operations';
import { runRegistryAction } from './run-action';
import { startedOperation } from './started-operation';
import { CONSOLE_ACTIONS } from '@/lib/session/rbac/console-actions';

const inputSchema = z.strictObject({
  regions: z.array(regionNameSchema).min(1, { error: 'Choose at least one additional region to remove.' }).max(50),
});

/** Starts removing `regions` (their storage accounts and ACR replications go with them). */
export async function removeRegionsAction(ref: unknown, input: unknown): Promise<ActionResult<StartedOperation>> {
  return runRegistryAction(ref, async (client, r) => {
    const parsed = inputSchema.safeParse(input);
    if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? 'Choose the regions to remove.' };
    const wire = await getRegistry(client, r.subscriptionId, r.resourceGroup, r.name);
    const problem = removeRegionsProblem(wire, parsed.data.regions);
    if (problem) return { ok: false, message: problem, fieldErrors: { regions: problem } };
    const handle = await beginRemoveRegions(client, r.subscriptionId, r.resourceGroup, r.name, removeRegionsBody(wire, parsed.data.regions));
    return { ok: true, data: startedOperation(handle, 'removeRegions', r.name, parsed.data.regions) };
  }, CONSOLE_ACTIONS.registryWrite);
}
