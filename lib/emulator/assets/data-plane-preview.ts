// The registry data plane's oldest contract, api-version 2021-10-01-dataplanepreview (azure-ai-ml 1.4's
// _restclient/v2021_10_01_dataplanepreview), answers the same operations as mfe.json with other status codes:
// a version PUT is 202 + Location (polled until 200), a container PUT is 201 whether new or updated, and a
// DELETE is a plain 200; and an asset's `id` is its registry asset id (`azureml://registries/{registry}/{kind}/
// {name}[/versions/{version}]`, REGISTRY_ASSET_ID in the SDK, which refuses an ARM id there). The generated
// client refuses anything else, so the MFE routes translate the ARM answer for that api-version only; newer
// data-plane versions speak mfe.json unchanged.
import type { OperationResult } from '../context';
import type { RequestContext } from '../http/request-context';
import { rpContextOf } from '../http/request-context';
import { retryAfterSeconds } from '../provisioning/timing';
import type { Route } from '../router/route';

/** The data-plane api-version whose status codes differ from mfe.json's. */
export const DATA_PLANE_PREVIEW = '2021-10-01-dataplanepreview';

const isVersionRoute = (route: Route) => route.pattern.endsWith('/versions/{version}');

/** An asset route answering with the 2021-10-01-dataplanepreview codes when asked in that api-version. */
export function withDataPlanePreviewCodes(route: Route): Route {
  return { ...route, handler: async (ctx) => asDataPlanePreview(route, ctx, await route.handler(ctx)) };
}

// "/subscriptions/…/registries/{registry}/{kind}/{name}[/versions/{version}]" → "azureml://registries/{registry}/{kind}/{name}[/versions/{version}]"
function registryAssetId(armId: unknown): unknown {
  if (typeof armId !== 'string') return armId;
  const m = /\/providers\/Microsoft\.MachineLearningServices\/registries\/(.+)$/i.exec(armId);
  return m ? `azureml://registries/${m[1]}` : armId;
}

function withAssetIds(body: unknown): unknown {
  if (!body || typeof body !== 'object') return body;
  const b = body as { id?: unknown; value?: unknown[] };
  if (Array.isArray(b.value)) return { ...b, value: b.value.map(withAssetIds) };
  return 'id' in b ? { ...b, id: registryAssetId(b.id) } : b;
}

function asDataPlanePreview(route: Route, ctx: RequestContext, result: OperationResult): OperationResult {
  if (ctx.apiVersion !== DATA_PLANE_PREVIEW || result.status >= 300) return result;
  if (route.method === 'DELETE') return { status: result.status === 204 ? 204 : 200 };
  if (route.method === 'GET') return { ...result, body: withAssetIds(result.body) };
  if (route.method !== 'PUT') return result;
  if (!isVersionRoute(route)) return { ...result, status: 201, body: withAssetIds(result.body) };
  // A new version's operation is polled through its result resource (202 while running, then 200); an update
  // of the fields a version may change is done already, so its Location is the version itself.
  const asyncOperation = result.headers?.['Azure-AsyncOperation'];
  const location = asyncOperation ? asyncOperation.replace('/mfeOperationsStatus/', '/mfeOperationResults/') : `${ctx.baseUrl}${ctx.url.pathname}${ctx.url.search}`;
  return { status: 202, headers: { Location: location, 'Retry-After': retryAfterSeconds(rpContextOf(ctx)), 'x-ms-async-operation-timeout': 'PT1H' } };
}
