'use server';
// The live "is this name free in the tenant?" check behind the "Registry name" field (debounced by the field).
import { nameAvailability, type NameAvailability } from '@/lib/registries/name-availability';
import { registryNameProblem } from '@/lib/registries/names';
import { registriesNamedInTenant } from '@/lib/registries/server/tenant-registry-names';
import type { ActionResult } from '@/lib/action-kit/action-result';
import { browserRead } from '@/lib/action-kit/browser-read';
import { toFailure } from '@/lib/action-kit/to-failure';
import { getConsoleArmClient } from '@/lib/session/arm-client';

/** Whether `name` is free among the tenant's registries (case-insensitive); invalid names are refused first. */
export async function checkRegistryNameAction(name: unknown): Promise<ActionResult<NameAvailability>> {
  const problem = typeof name === 'string' ? registryNameProblem(name) : 'Enter a registry name.';
  if (problem !== null || typeof name !== 'string') {
    return { ok: false, message: problem ?? 'Enter a registry name.', fieldErrors: { name: problem ?? 'Enter a registry name.' } };
  }
  try {
    const client = await getConsoleArmClient();
    return { ok: true, data: nameAvailability(name, await browserRead(() => registriesNamedInTenant(client, name))) };
  } catch (error) {
    return toFailure(error);
  }
}
