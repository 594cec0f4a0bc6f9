'use server';
// Review + create's "Running final validation…": the create action's own checks, the tenant-wide name,
// the preflight, then ARM's validation of the very deployment Create will submit (POST …/validate, ARM
// contract §3). Problems come back as field errors, so the wizard marks their fields and steps.
import { validateDeployment } from '@/lib/arm/deployments';
import { isArmError } from '@/lib/arm/errors';
import { resourceGroupExists } from '@/lib/arm/resource-groups';
import type { FieldErrors } from '@/lib/registries/field-errors';
import { nameAvailability } from '@/lib/registries/name-availability';
import { registriesNamedInTenant } from '@/lib/registries/server/tenant-registry-names';
import { mapValidationError } from '@/lib/registries/validation-mapping';
import type { ValidationPassed } from '@/lib/registries/wizard-options';
import type { ActionResult } from '@/lib/action-kit/action-result';
import { checkCreateInput, refusalMessage } from './create-input';
import { getConsoleArmClient } from '@/lib/session/arm-client';

/** Validates the wizard's values for Create, without creating anything. */
export async function validateRegistryAction(input: unknown, idempotencyKey: unknown): Promise<ActionResult<ValidationPassed>> {
  const client = await getConsoleArmClient();
  const checked = await checkCreateInput(client, input, idempotencyKey);
  if (!checked.ok) return checked;
  const { form, deploymentName, bundle } = checked;
  try {
    const fieldErrors: FieldErrors = {};
    const availability = nameAvailability(form.name, await registriesNamedInTenant(client, form.name));
    if (!availability.available) fieldErrors.name = availability.message;
    const group = form.resourceGroup;
    if (group.mode === 'new') {
      if (await resourceGroupExists(client, form.subscriptionId, group.name)) {
        fieldErrors['resourceGroup.name'] =
          `A resource group named "${group.name}" already exists in this subscription: choose it from the list instead.`;
      }
      if (Object.keys(fieldErrors).length > 0) return { ok: false, message: refusalMessage(fieldErrors), fieldErrors };
      return { ok: true, data: { deploymentName, checkedByArm: false } };
    }
    if (Object.keys(fieldErrors).length > 0) return { ok: false, message: refusalMessage(fieldErrors), fieldErrors };
    await validateDeployment(client, form.subscriptionId, group.name, deploymentName, bundle);
    return { ok: true, data: { deploymentName, checkedByArm: true } };
  } catch (error) {
    if (!isArmError(error)) throw error;
    const problems = mapValidationError(error.toBody(), form);
    return {
      ok: false,
      message: refusalMessage(problems.fieldErrors, problems.formErrors),
      fieldErrors: problems.fieldErrors,
      code: error.code,
      ...(error.requestId ? { requestId: error.requestId } : {}),
    };
  }
}
