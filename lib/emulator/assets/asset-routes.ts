// The registry asset routes (mfe.json paths under …/registries/{registryName}/{models|environments|
// components|data|codes}), the upload/download location calls, the MFE operation polling resources, and the
// registry data plane the Python SDK uses (registry-data-plane.ts).
import { REGISTRY_ASSETS_API_VERSIONS } from '../api-versions';
import type { Route } from '../router/route';
import type { AssetKind } from '../store/assets';
import { ASSET_BULK_SEED_ROUTES } from './asset-bulk-seed';
import { assetHandlers, getAssetOperationResult, getAssetOperationStatus } from './asset-handlers';
import { ASSET_KINDS } from './asset-kinds';
import { assetRoute } from './asset-routes-shared';
import { PENDING_UPLOAD_ROUTES } from './pending-upload-routes';
import { dataPlaneRoutes } from './registry-data-plane';

const SUB = '/subscriptions/{subscriptionId}';
const REGISTRY = `${SUB}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/registries/{registryName}`;
function routesOf(kind: AssetKind): Route[] {
  const h = assetHandlers(kind);
  const container = `${REGISTRY}/${kind}/{assetName}`;
  const version = `${container}/versions/{version}`;
  return [
    assetRoute('GET', `${REGISTRY}/${kind}`, 'read', h.listContainers),
    assetRoute('GET', container, 'read', h.getContainer),
    assetRoute('PUT', container, 'write', h.putContainer),
    assetRoute('DELETE', container, 'delete', h.deleteContainer),
    assetRoute('GET', `${container}/versions`, 'read', h.listVersions),
    assetRoute('GET', version, 'read', h.getVersion),
    assetRoute('PUT', version, 'write', h.putVersion),
    assetRoute('DELETE', version, 'delete', h.deleteVersion),
  ];
}

// Whoever may see the subscription may poll an operation id handed to them: the id is the capability,
// and ARM serves these polling URLs to the principal that started the operation whatever its role scope.
const pollRoute = (pattern: string, handler: Route['handler']): Route => ({
  method: 'GET',
  pattern,
  access: { kind: 'subscription-visible' },
  apiVersions: REGISTRY_ASSETS_API_VERSIONS,
  operationType: 'read',
  handler,
});

const ARM_ASSET_ROUTES: readonly Route[] = [
  ...ASSET_BULK_SEED_ROUTES,
  ...(Object.keys(ASSET_KINDS) as AssetKind[]).flatMap(routesOf),
  ...PENDING_UPLOAD_ROUTES,
  pollRoute(`${SUB}/providers/Microsoft.MachineLearningServices/locations/{location}/mfeOperationsStatus/{operationId}`, getAssetOperationStatus),
  pollRoute(`${SUB}/providers/Microsoft.MachineLearningServices/locations/{location}/mfeOperationResults/{operationId}`, getAssetOperationResult),
];

/** Every registry asset route, in matching order: ARM's, then the same operations on the registry data plane. */
export const ASSET_ROUTES: readonly Route[] = [...ARM_ASSET_ROUTES, ...dataPlaneRoutes(ARM_ASSET_ROUTES)];
