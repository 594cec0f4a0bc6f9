'use server';
// Reads the registry page's data (the page's query; refetched while an operation runs).
import type { ActionResult } from '@/lib/action-kit/action-result';
import type { RegistryDetails } from '@/lib/registries/registry-details';
import { loadRegistryDetails } from './load-registry-details';
import { runRegistryRead } from './run-action';

/** The registry, its regions' resources and exports; ARM's 404/403 come back as failures with ARM's code. */
export async function getRegistryDetailsAction(ref: unknown): Promise<ActionResult<RegistryDetails>> {
  return runRegistryRead(ref, async (client, registry) => ({ ok: true, data: await loadRegistryDetails(client, registry) }));
}
