'use server';
// The live "is this name free in the tenant?" check behind the "Registry name" field (debounced by the field).
import { nameAvailability, type NameAvailability } from '@/lib/registries/name-availability';
import { registryNameProblem } from '@/lib/registries/names';
import { registriesNamedInTenant } from '@/lib/registries/tenant-registry-names';
import { armFailure, type WizardActionResult } from './action-result';
import { wizardArmClient } from './wizard-arm-client';

/** Whether `name` is free among the tenant's registries (case-insensitive); invalid names are refused first. */
export async function checkRegistryNameAction(name: unknown): Promise<WizardActionResult<NameAvailability>> {
  const problem = typeof name === 'string' ? registryNameProblem(name) : 'Enter a registry name.';
  if (problem !== null || typeof name !== 'string') {
    return { ok: false, message: problem ?? 'Enter a registry name.', fieldErrors: { name: problem ?? 'Enter a registry name.' } };
  }
  try {
    return { ok: true, data: nameAvailability(name, await registriesNamedInTenant(await wizardArmClient(), name)) };
  } catch (error) {
    return armFailure(error);
  }
}
