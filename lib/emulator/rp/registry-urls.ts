// The polling URLs the ML resource provider hands out: the operation-status resource
// (`locations/{loc}/registryOperationsStatus/{id}`, the Azure-AsyncOperation target, arm-contract.md §1)
// and the Location result (`locations/{loc}/registryOperationResults/{id}`).
import type { RpContext } from '../context';
import { retryAfterSeconds } from '../provisioning/timing';

const base = (ctx: RpContext, subscriptionId: string, location: string) =>
  `${ctx.baseUrl}/subscriptions/${subscriptionId}/providers/Microsoft.MachineLearningServices/locations/${location}`;

/** Absolute Azure-AsyncOperation URL of an operation. */
export function operationStatusUrl(ctx: RpContext, subscriptionId: string, location: string, operationId: string): string {
  return `${base(ctx, subscriptionId, location)}/registryOperationsStatus/${operationId}?api-version=${encodeURIComponent(ctx.apiVersion)}`;
}

/** Absolute Location URL of an operation's result. */
export function operationResultUrl(ctx: RpContext, subscriptionId: string, location: string, operationId: string): string {
  return `${base(ctx, subscriptionId, location)}/registryOperationResults/${operationId}?api-version=${encodeURIComponent(ctx.apiVersion)}`;
}

/** Headers of a PUT that started an operation (201/200 + Azure-AsyncOperation). */
export function asyncOperationHeaders(ctx: RpContext, subscriptionId: string, location: string, operationId: string): Record<string, string> {
  return { 'Azure-AsyncOperation': operationStatusUrl(ctx, subscriptionId, location, operationId), 'Retry-After': retryAfterSeconds(ctx) };
}

/** Headers of a 202 (DELETE, removeRegions): Location + Retry-After, plus Azure-AsyncOperation. */
export function acceptedHeaders(ctx: RpContext, subscriptionId: string, location: string, operationId: string): Record<string, string> {
  return {
    Location: operationResultUrl(ctx, subscriptionId, location, operationId),
    'Retry-After': retryAfterSeconds(ctx),
    'Azure-AsyncOperation': operationStatusUrl(ctx, subscriptionId, location, operationId),
    'x-ms-async-operation-timeout': 'PT1H',
  };
}
