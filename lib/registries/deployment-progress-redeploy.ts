// Redeploy: the same template and parameters under a new deployment name. The template comes back from ARM
// (POST …/exportTemplate) and the parameters from the deployment itself, so any deployment — not only the
// console's — can be resubmitted exactly as it ran.
import type { WireDeployment } from '@/lib/arm/wire-types';
import { MAX_DEPLOYMENT_NAME_LENGTH } from './deployment-name';
import type { DeploymentParameterValues, DeploymentTemplateBundle } from './template';

type EchoedParameters = NonNullable<NonNullable<WireDeployment['properties']>['parameters']>;

/** The bundle to resubmit: ARM echoes parameters as `{type, value}`; a deployment PUT takes `{value}`. */
export function redeployBundle(template: Record<string, unknown>, echoed: EchoedParameters | undefined): DeploymentTemplateBundle | null {
  if (!template || typeof template !== 'object' || !Array.isArray(template.resources)) return null;
  const parameters: DeploymentParameterValues = Object.fromEntries(Object.entries(echoed ?? {}).map(([key, p]) => [key, { value: p.value }]));
  return { template: template as unknown as DeploymentTemplateBundle['template'], parameters };
}

/** A new deployment name for a redeploy of `name`: its base plus `-r{yyyyMMddHHmmss}`, within ARM's 64 characters. */
export function redeploymentName(name: string, now = new Date()): string {
  const stamp = now.toISOString().replace(/\D/g, '').slice(0, 14);
  const suffix = `-r${stamp}`;
  const base = name.replace(/-r\d{14}$/, '');
  return `${base.slice(0, MAX_DEPLOYMENT_NAME_LENGTH - suffix.length)}${suffix}`;
}
