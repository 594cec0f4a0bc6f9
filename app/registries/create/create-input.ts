// The gate the validate and create actions share: the idempotency key, the shared zod schema, then every
// region against what the subscription offers (ARM contract §3). Hostile input ends here as field errors;
// nothing past this point runs for it.
import 'server-only';
import type { ArmClient } from '@/lib/arm/client';
import { isArmError } from '@/lib/arm/errors';
import { createRegistrySchema, type CreateRegistryForm } from '@/lib/registries/create-registry-schema';
import { parseCreateRegistryForm } from '@/lib/registries/create-registry-parse';
import { createDeploymentName, idempotencyKeySchema } from '@/lib/registries/deployment-name';
import type { FieldErrors } from '@/lib/registries/field-errors';
import { buildDeploymentTemplate, type DeploymentTemplateBundle } from '@/lib/registries/template';
import { readSubscriptionRegions } from './region-allowance';

/** Input that passed every check, with the deployment it becomes. */
export interface CheckedCreateInput {
  form: CreateRegistryForm;
  deploymentName: string;
  bundle: DeploymentTemplateBundle;
}

/** A refusal: a summary plus the field errors to put back on the form. */
export interface CreateInputRefusal {
  ok: false;
  message: string;
  fieldErrors: FieldErrors;
  code?: string;
  requestId?: string;
}

/** The summary line of a refusal: form-level messages first, else a count of the fields to fix. */
export function refusalMessage(fieldErrors: FieldErrors, formErrors: readonly string[] = []): string {
  if (formErrors.length > 0) return formErrors.join(' ');
  const count = Object.keys(fieldErrors).length;
  return count === 1 ? 'One field needs attention.' : `${count} fields need attention.`;
}

/** Checks untrusted wizard values and key; reads the subscription's regions to check the region choices. */
export async function checkCreateInput(
  client: ArmClient,
  input: unknown,
  idempotencyKey: unknown,
): Promise<({ ok: true } & CheckedCreateInput) | CreateInputRefusal> {
  const key = idempotencyKeySchema.safeParse(idempotencyKey);
  if (!key.success) return { ok: false, message: key.error.issues[0].message, fieldErrors: {} };
  const shape = createRegistrySchema.safeParse(input);
  if (!shape.success) {
    // The schema fails before any region is looked at, so no allowance is needed to report it.
    const problems = parseCreateRegistryForm(input, { allowedRegions: [] });
    const fieldErrors = problems.ok ? {} : problems.fieldErrors;
    return { ok: false, message: refusalMessage(fieldErrors, problems.ok ? [] : problems.formErrors), fieldErrors };
  }
  let regions;
  try {
    regions = await readSubscriptionRegions(client, shape.data.subscriptionId);
  } catch (error) {
    if (!isArmError(error)) throw error;
    const fieldErrors = { subscriptionId: `This subscription cannot be used: ${error.message}` };
    return { ok: false, message: refusalMessage(fieldErrors), fieldErrors, code: error.code, requestId: error.requestId };
  }
  const parsed = parseCreateRegistryForm(input, {
    allowedRegions: regions.registryRegions.map((r) => r.name),
    resourceGroupLocations: regions.groupLocations.map((l) => l.name),
  });
  if (!parsed.ok) return { ok: false, message: refusalMessage(parsed.fieldErrors, parsed.formErrors), fieldErrors: parsed.fieldErrors };
  return {
    ok: true,
    form: parsed.data,
    deploymentName: createDeploymentName(parsed.data.name, key.data),
    bundle: buildDeploymentTemplate(parsed.data),
  };
}
