'use server';
// Redeploy (issue 6): the failed deployment's template and parameters, submitted again under a new name.
// The action only starts the deployment and returns its page; the page polls it (STYLE.md "Long operations").
import { invalidInput, type ActionResult } from '@/lib/action-kit/action-result';
import { toFailure } from '@/lib/action-kit/to-failure';
import { parseDeploymentRef } from '@/lib/registries/deployment-ref';
import { beginDeployment, exportDeploymentTemplate, getDeployment } from '@/lib/arm/deployments';
import { deploymentProgressPath } from '@/lib/registries/deployment-name';
import type { DeploymentRef } from '@/lib/registries/deployment-progress';
import { redeployBundle, redeploymentName } from '@/lib/registries/deployment-progress-redeploy';
import { getConsoleArmClient } from '@/lib/session/arm-client';

/** Starts a new deployment with the same template and parameters as `ref`; answers the new progress page. */
export async function redeployAction(input: DeploymentRef): Promise<ActionResult<{ path: string }>> {
  const ref = parseDeploymentRef(input);
  if (!ref) return invalidInput('That is not the address of a deployment.');
  const client = await getConsoleArmClient();
  try {
    const [previous, template] = await Promise.all([
      getDeployment(client, ref.subscriptionId, ref.resourceGroup, ref.name),
      exportDeploymentTemplate(client, ref.subscriptionId, ref.resourceGroup, ref.name),
    ]);
    const bundle = redeployBundle(template, previous.properties?.parameters);
    if (!bundle) {
      return {
        ok: false,
        code: 'TemplateNotAvailable',
        message: 'ARM returned no template for this deployment, so it cannot be resubmitted from here. Redeploy it from where it was made.',
      };
    }
    const name = redeploymentName(ref.name);
    await beginDeployment(client, ref.subscriptionId, ref.resourceGroup, name, bundle);
    return { ok: true, data: { path: deploymentProgressPath(ref.subscriptionId, ref.resourceGroup, name) } };
  } catch (error) {
    return toFailure(error);
  }
}
