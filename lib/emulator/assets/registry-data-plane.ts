// The registry data plane as the Python SDK (azure-ai-ml 1.4+, `_utils/_registry_utils.py`) reaches it:
//   1. GET /registrymanagement/v1.0/registries/{name}/discovery → where the registry lives (primary region's
//      resource-provider URI, subscription, resource group); here the URI is the emulator itself.
//   2. The asset operations under `{that URI}/mferp/managementfrontend/subscriptions/…/registries/{name}/…`
//      with data-plane api-versions (2021-10-01-dataplanepreview…): the same operations as the ARM asset API.
//   3. PUT …/registries/{name}/tempdatarefs/{asset}/versions/{version} → an upload SAS (older clients; 409
//      when the version already exists, which the SDK takes as "skip the upload").
import type { OperationResult } from '../context';
import { conflict, resourceNotFound, userError } from '../errors';
import type { RequestContext } from '../http/request-context';
import { rpContextOf } from '../http/request-context';
import { authorize } from '../rbac/authorize';
import type { Route } from '../router/route';
import { scopes } from '../router/route';
import { TENANT_ID } from '../seed/tenant';
import type { AssetKind } from '../store/assets';
import { getVersion } from '../store/assets';
import { findRegistryByName } from '../store/registries';
import { ASSET_KINDS } from './asset-kinds';
import { startPendingUpload } from './pending-upload';

/** The path prefix of MFE operations behind a registry's resource-provider URI. */
export const MFE_PREFIX = '/mferp/managementfrontend';

/** Data-plane api-versions the Python SDK's registry clients send. */
export const DATA_PLANE_API_VERSIONS = ['2021-10-01-dataplanepreview', '2022-10-01-preview', '2023-04-01-preview', '2023-08-01-preview'] as const;

/** GET /registrymanagement/v1.0/registries/{registryName}/discovery (RegistryDiscoveryDto). */
export function discoveryHandler(ctx: RequestContext): OperationResult {
  const registry = findRegistryByName(ctx.emulator.db, ctx.params.registryName);
  if (!registry) throw resourceNotFound(`Microsoft.MachineLearningServices/registries/${ctx.params.registryName}`, '*');
  authorize(ctx.emulator.db, ctx.caller!, 'Microsoft.MachineLearningServices/registries/read', scopes.registry({ subscriptionId: registry.subscriptionId, resourceGroupName: registry.resourceGroup, registryName: registry.name }));
  return {
    status: 200,
    body: {
      registryName: registry.name,
      tenantId: TENANT_ID,
      primaryRegion: registry.location,
      regions: registry.spec.regions.map((r) => r.location),
      subscriptionId: registry.subscriptionId,
      resourceGroup: registry.resourceGroup,
      workspaceName: null,
      primaryRegionResourceProviderUri: `${ctx.baseUrl}/`,
    },
  };
}

// "azureml://registries/{registry}/{type}/{name}/versions/{version}" (REGISTRY_ASSET_ID in the SDK).
function assetKindOf(assetId: unknown): AssetKind | undefined {
  if (typeof assetId !== 'string') return undefined;
  const m = /^azureml:\/\/registries\/[^/]+\/([^/]+)\/[^/]+\/versions\/[^/]+$/.exec(assetId);
  return m && m[1] in ASSET_KINDS ? (m[1] as AssetKind) : undefined;
}

/** PUT …/tempdatarefs/{name}/versions/{version} (TemporaryDataReferenceRequestDto → ResponseDto). */
export function temporaryDataReferenceHandler(ctx: RequestContext): OperationResult {
  const body = (ctx.body ?? {}) as Record<string, unknown>;
  const type = body.temporaryDataReferenceType ?? 'TemporaryBlobReference';
  if (type !== 'TemporaryBlobReference') throw userError(`temporaryDataReferenceType '${String(type)}' is not supported; use TemporaryBlobReference.`, 'temporaryDataReferenceType');
  const kind = assetKindOf(body.assetId) ?? 'models';
  const ref = { subscriptionId: ctx.params.subscriptionId, resourceGroup: ctx.params.resourceGroupName, registryName: ctx.params.registryName, kind, name: ctx.params.assetName, version: ctx.params.version };
  const rp = rpContextOf(ctx);
  const registry = findRegistryByName(ctx.emulator.db, ref.registryName);
  if (registry && getVersion(ctx.emulator.db, { registryKey: registry.idKey, kind, name: ref.name }, ref.version)) {
    throw conflict(`Asset ${ref.name}:${ref.version} already exists in registry '${ref.registryName}'.`);
  }
  const id = typeof body.temporaryDataReferenceId === 'string' && body.temporaryDataReferenceId ? body.temporaryDataReferenceId : undefined;
  const upload = startPendingUpload(rp, ref, { pendingUploadId: id, pendingUploadType: 'TemporaryBlobReference' }).body as { blobReferenceForConsumption: unknown; pendingUploadId: string };
  return { status: 200, body: { blobReferenceForConsumption: upload.blobReferenceForConsumption, temporaryDataReferenceId: upload.pendingUploadId, temporaryDataReferenceType: 'TemporaryBlobReference' } };
}


// Polling URLs handed out on the data plane stay on the data plane (same host prefix, same api-version family).
export function onDataPlane(route: Route): Route {
  return {
    ...route,
    pattern: `${MFE_PREFIX}${route.pattern}`,
    apiVersions: [...(Array.isArray(route.apiVersions) ? route.apiVersions : []), ...DATA_PLANE_API_VERSIONS],
    async handler(ctx) {
      const result = await route.handler(ctx);
      if (!result.headers) return result;
      const headers = { ...result.headers };
      for (const h of ['Azure-AsyncOperation', 'Location']) if (headers[h]) headers[h] = headers[h].replace(`${ctx.baseUrl}/subscriptions/`, `${ctx.baseUrl}${MFE_PREFIX}/subscriptions/`);
      return { ...result, headers };
    },
  };
}

