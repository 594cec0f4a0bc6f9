// Preflight validation of a deployment, run by POST …/validate and before every PUT runs anything:
// the caller's permissions (deployments/write and each resource's write action), the resource's
// api-version, and every check its provider makes on a PUT (name rules, region support, provider
// registration, tenant-wide name uniqueness) — without creating anything. All problems are collected
// into one 400 InvalidTemplateDeployment whose details carry each underlying error, target = resource name.
import type { RpContext } from '../context';
import { authorizationFailed, isArmHttpError, noRegisteredProviderFound } from '../errors';
import { isAuthorized } from '../rbac/authorize';
import type { ResourceGroupRecord } from '../store/resource-groups';
import { templateResourceProvider } from './resource-providers';
import { invalidTemplateDeployment } from './template-errors';
import type { EvaluatedTemplate } from './template-evaluate';

type Detail = { code: string; message: string; target?: string };

function permissionProblem(ctx: RpContext, action: string, scope: string, target: string): Detail | undefined {
  if (isAuthorized(ctx.emulator.db, ctx.caller.oid, action, scope)) return undefined;
  const e = authorizationFailed(ctx.caller.upn, ctx.caller.oid, action, scope);
  return { code: e.code, message: e.message, target };
}

/** Throws 400 InvalidTemplateDeployment listing every problem; returns when the deployment would be accepted. */
export function preflight(ctx: RpContext, deploymentName: string, rg: ResourceGroupRecord, template: EvaluatedTemplate): void {
  const details: Detail[] = [];
  const rgScope = `/subscriptions/${rg.subscriptionId}/resourceGroups/${rg.name}`;
  const deploymentProblem = permissionProblem(ctx, 'Microsoft.Resources/deployments/write', rgScope, deploymentName);
  if (deploymentProblem) details.push(deploymentProblem);
  for (const r of template.resources) {
    const provider = templateResourceProvider(r.type)!;
    if (!provider.apiVersions.some((v) => v.toLowerCase() === r.apiVersion.toLowerCase())) {
      const e = noRegisteredProviderFound(r.type.split('/')[0], r.apiVersion);
      details.push({ code: e.code, message: e.message, target: r.name });
      continue;
    }
    const denied = permissionProblem(ctx, `${r.type}/write`, r.id, r.name);
    if (denied) {
      details.push(denied);
      continue;
    }
    try {
      provider.validate({ ...ctx, apiVersion: r.apiVersion }, { subscriptionId: rg.subscriptionId, resourceGroup: rg.name, name: r.name, body: r.body });
    } catch (e) {
      if (!isArmHttpError(e)) throw e;
      details.push({ code: e.code, message: e.message, target: r.name });
    }
  }
  if (details.length) throw invalidTemplateDeployment(deploymentName, details);
}
