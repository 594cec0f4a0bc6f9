'use server';
// "Create": re-checks everything with the same schema (and the subscription's regions), creates the resource
// group if it is new, submits the template deployment and sends the browser to its progress page. The
// deployment's name comes from the draft's idempotency key: a double click or a retried request finds the
// deployment it already submitted and goes there instead of submitting a second one.
import { redirect } from 'next/navigation';
import type { ArmClient } from '@/lib/arm/client';
import { beginDeployment, getDeployment } from '@/lib/arm/deployments';
import { isArmError } from '@/lib/arm/errors';
import { createOrUpdateResourceGroup, resourceGroupExists } from '@/lib/arm/resource-groups';
import { deploymentProgressPath } from '@/lib/registries/deployment-name';
import type { FieldErrors } from '@/lib/registries/field-errors';
import { mapValidationError } from '@/lib/registries/validation-mapping';
import type { ActionResult } from '@/lib/action-kit/action-result';
import { checkCreateInput, refusalMessage, type CheckedCreateInput } from './create-input';
import { getConsoleArmClient } from '@/lib/session/arm-client';

// True when the deployment already exists (this key was submitted before).
async function deploymentExists(client: ArmClient, subscriptionId: string, resourceGroup: string, name: string): Promise<boolean> {
  try {
    await getDeployment(client, subscriptionId, resourceGroup, name);
    return true;
  } catch (error) {
    if (isArmError(error) && error.status === 404) return false;
    throw error;
  }
}

// Submits the deployment unless this key already did. Returns a field error when an existing group is gone.
async function submitOnce(client: ArmClient, { form, deploymentName, bundle }: CheckedCreateInput): Promise<FieldErrors | null> {
  const { subscriptionId, resourceGroup } = form;
  const groupExists = await resourceGroupExists(client, subscriptionId, resourceGroup.name);
  if (groupExists && (await deploymentExists(client, subscriptionId, resourceGroup.name, deploymentName))) return null;
  if (!groupExists) {
    if (resourceGroup.mode !== 'new' || !resourceGroup.location) {
      return { 'resourceGroup.name': `Resource group "${resourceGroup.name}" no longer exists; choose another or create a new one.` };
    }
    // A retried request may find the group its first attempt created: then it is simply reused above.
    await createOrUpdateResourceGroup(client, subscriptionId, resourceGroup.name, { location: resourceGroup.location });
  }
  try {
    await beginDeployment(client, subscriptionId, resourceGroup.name, deploymentName, bundle);
  } catch (error) {
    // A concurrent request with the same key got there first: its deployment is running (ARM contract §3).
    if (isArmError(error) && error.status === 409 && error.code === 'DeploymentActive') return null;
    throw error;
  }
  return null;
}

/** Creates the registry through a template deployment, then redirects to the deployment's progress page. */
export async function createRegistryAction(input: unknown, idempotencyKey: unknown): Promise<ActionResult<never>> {
  const client = await getConsoleArmClient();
  const checked = await checkCreateInput(client, input, idempotencyKey);
  if (!checked.ok) return checked;
  try {
    const fieldErrors = await submitOnce(client, checked);
    if (fieldErrors) return { ok: false, message: refusalMessage(fieldErrors), fieldErrors };
  } catch (error) {
    if (!isArmError(error)) throw error;
    const problems = mapValidationError(error.toBody(), checked.form);
    return {
      ok: false,
      message: refusalMessage(problems.fieldErrors, problems.formErrors),
      fieldErrors: problems.fieldErrors,
      code: error.code,
      ...(error.requestId ? { requestId: error.requestId } : {}),
    };
  }
  // redirect() throws; it stays outside the try so nothing catches it.
  redirect(deploymentProgressPath(checked.form.subscriptionId, checked.form.resourceGroup.name, checked.deploymentName));
}
