// HTTP handlers of Microsoft.MachineLearningServices/registries: thin wrappers that turn the request
// into a registries-RP call (rp/registries-provider.ts), which does the work.
import type { OperationResult } from '../context';
import { paginate } from '../http/paging';
import type { RequestContext } from '../http/request-context';
import { rpContextOf } from '../http/request-context';
import { registriesRp } from '../rp/registries-provider';
import type { RegistryRef } from '../rp/registries-rp';

const ref = (ctx: RequestContext): RegistryRef => ({
  subscriptionId: ctx.params.subscriptionId,
  resourceGroup: ctx.params.resourceGroupName,
  name: ctx.params.registryName,
});

/** GET /subscriptions/{s}/providers/Microsoft.MachineLearningServices/registries. */
export function listRegistriesBySubscriptionHandler(ctx: RequestContext): OperationResult {
  return { status: 200, body: paginate(ctx, registriesRp.list(rpContextOf(ctx), ctx.params.subscriptionId)) };
}

/** GET …/resourceGroups/{rg}/providers/Microsoft.MachineLearningServices/registries. */
export function listRegistriesByResourceGroupHandler(ctx: RequestContext): OperationResult {
  return { status: 200, body: paginate(ctx, registriesRp.list(rpContextOf(ctx), ctx.params.subscriptionId, ctx.params.resourceGroupName)) };
}

/** GET …/registries/{name}. */
export function getRegistryHandler(ctx: RequestContext): OperationResult {
  return registriesRp.get(rpContextOf(ctx), ref(ctx));
}

/** PUT …/registries/{name}. */
export function putRegistryHandler(ctx: RequestContext): OperationResult {
  return registriesRp.createOrUpdate(rpContextOf(ctx), { ...ref(ctx), body: ctx.body });
}

/** PATCH …/registries/{name}. */
export function patchRegistryHandler(ctx: RequestContext): OperationResult {
  return registriesRp.update(rpContextOf(ctx), ref(ctx), ctx.body);
}

/** DELETE …/registries/{name}. */
export function deleteRegistryHandler(ctx: RequestContext): OperationResult {
  return registriesRp.delete(rpContextOf(ctx), ref(ctx));
}

/** POST …/registries/{name}/removeRegions. */
export function removeRegionsHandler(ctx: RequestContext): OperationResult {
  return registriesRp.removeRegions(rpContextOf(ctx), ref(ctx), ctx.body);
}

/** GET …/locations/{loc}/registryOperationsStatus/{id}. */
export function registryOperationStatusHandler(ctx: RequestContext): OperationResult {
  const { subscriptionId, location, operationId } = ctx.params;
  return registriesRp.operationStatus(rpContextOf(ctx), { subscriptionId, location, operationId });
}

/** GET …/locations/{loc}/registryOperationResults/{id}. */
export function registryOperationResultHandler(ctx: RequestContext): OperationResult {
  const { subscriptionId, location, operationId } = ctx.params;
  return registriesRp.operationResult(rpContextOf(ctx), { subscriptionId, location, operationId });
}
