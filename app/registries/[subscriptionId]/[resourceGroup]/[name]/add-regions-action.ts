'use server';
// Add regions: GET the registry, append regionDetails, PUT the full body (arm-contract §1 "Add a region").
// The PUT is an LRO: the page polls the returned handle (Azure-AsyncOperation).
import { z } from 'zod';
import type { ActionResult } from '@/lib/action-kit/action-result';
import type { StartedOperation } from '@/lib/registries/operation-types';
import { listLocations } from '@/lib/arm/locations';
import { getProvider, ML_PROVIDER_NAMESPACE } from '@/lib/arm/providers';
import { beginCreateOrUpdateRegistry, getRegistry } from '@/lib/arm/registries';
import { MAX_ADDITIONAL_REGIONS, regionNameSchema } from '@/lib/registries/create-registry-schema';
import { registryRegionOptions } from '@/lib/registries/regions';
import { addRegionsProblem, withAddedRegions } from '@/lib/registries/registry-operations';
import { runRegistryAction } from './run-action';
import { startedOperation } from './started-operation';
import { CONSOLE_ACTIONS } from '@/lib/session/rbac/console-actions';

const inputSchema = z.strictObject({
  regions: z.array(regionNameSchema).min(1, { error: 'Choose at least one region to add.' }).max(MAX_ADDITIONAL_REGIONS),
});

/** Starts adding `regions` to the registry; the new regions get the primary region's storage settings. */
export async function addRegionsAction(ref: unknown, input: unknown): Promise<ActionResult<StartedOperation>> {
  return runRegistryAction(ref, async (client, r) => {
    const parsed = inputSchema.safeParse(input);
    if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? 'Choose the regions to add.' };
    const [wire, locations, provider] = await Promise.all([
      getRegistry(client, r.subscriptionId, r.resourceGroup, r.name),
      listLocations(client, r.subscriptionId),
      getProvider(client, r.subscriptionId, ML_PROVIDER_NAMESPACE),
    ]);
    const supported = registryRegionOptions(locations, provider).map((o) => o.name);
    const problem = addRegionsProblem(wire, parsed.data.regions, supported);
    if (problem) return { ok: false, message: problem, fieldErrors: { regions: problem } };
    const { handle } = await beginCreateOrUpdateRegistry(client, r.subscriptionId, r.resourceGroup, r.name, withAddedRegions(wire, parsed.data.regions));
    return { ok: true, data: startedOperation(handle, 'addRegions', r.name, parsed.data.regions) };
  }, CONSOLE_ACTIONS.registryWrite);
}
