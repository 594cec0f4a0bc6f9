// HTTP handlers of Microsoft.Resources/deployments: thin wrappers that turn the request into a call of
// deployments/deployments-service.ts, which does the work; lists are paged with nextLink.
import type { OperationResult } from '../context';
import type { DeploymentRef } from '../deployments/deployments-service';
import * as deployments from '../deployments/deployments-service';
import { paginate } from '../http/paging';
import type { RequestContext } from '../http/request-context';
import { rpContextOf } from '../http/request-context';

const ref = (ctx: RequestContext): DeploymentRef => ({
  subscriptionId: ctx.params.subscriptionId,
  resourceGroup: ctx.params.resourceGroupName,
  name: ctx.params.deploymentName,
});

// `$top` caps a list, as ARM's deployment lists allow.
function top<T>(ctx: RequestContext, items: T[]): T[] {
  const raw = ctx.query.get('$top');
  const n = raw === null ? NaN : Number(raw);
  return Number.isInteger(n) && n >= 0 ? items.slice(0, n) : items;
}

/** PUT …/deployments/{name}. */
export function putDeploymentHandler(ctx: RequestContext): OperationResult {
  return deployments.createDeployment(rpContextOf(ctx), ref(ctx), ctx.body, ctx.correlationId);
}

/** GET …/deployments/{name}. */
export function getDeploymentHandler(ctx: RequestContext): OperationResult {
  return deployments.getDeploymentResult(rpContextOf(ctx), ref(ctx));
}

/** GET …/resourcegroups/{rg}/providers/Microsoft.Resources/deployments (history, newest first). */
export function listDeploymentsHandler(ctx: RequestContext): OperationResult {
  const items = deployments.listDeploymentResources(rpContextOf(ctx), ctx.params.subscriptionId, ctx.params.resourceGroupName);
  return { status: 200, body: paginate(ctx, top(ctx, items)) };
}

/** GET …/deployments/{name}/operations. */
export function listDeploymentOperationsHandler(ctx: RequestContext): OperationResult {
  return { status: 200, body: paginate(ctx, top(ctx, deployments.listDeploymentOperationResources(rpContextOf(ctx), ref(ctx)))) };
}

/** POST …/deployments/{name}/validate. */
export function validateDeploymentHandler(ctx: RequestContext): OperationResult {
  return deployments.validateDeployment(rpContextOf(ctx), ref(ctx), ctx.body, ctx.correlationId);
}

/** POST …/deployments/{name}/exportTemplate. */
export function exportDeploymentTemplateHandler(ctx: RequestContext): OperationResult {
  return deployments.exportDeploymentTemplate(rpContextOf(ctx), ref(ctx));
}

/** POST …/deployments/{name}/cancel. */
export function cancelDeploymentHandler(ctx: RequestContext): OperationResult {
  return deployments.cancelDeployment(rpContextOf(ctx), ref(ctx));
}

/** DELETE …/deployments/{name}. */
export function deleteDeploymentHandler(ctx: RequestContext): OperationResult {
  return deployments.deleteDeploymentRecord(rpContextOf(ctx), ref(ctx));
}

/** GET …/deployments/{name}/operationStatuses/{operationId} (the Azure-AsyncOperation target). */
export function deploymentOperationStatusHandler(ctx: RequestContext): OperationResult {
  return deployments.deploymentOperationStatus(rpContextOf(ctx), ref(ctx), ctx.params.operationId);
}
