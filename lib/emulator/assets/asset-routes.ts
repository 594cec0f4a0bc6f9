// The registry asset routes (mfe.json paths under …/registries/{registryName}/{models|environments|
// components|data|codes}), their RBAC actions and api-versions, plus the MFE operation polling resources.
// RBAC follows the seed's permission table: registries/assets/read to browse and use, /write to create
// (and to ask for an upload location), /delete to delete.
import { REGISTRY_ASSETS_API_VERSIONS } from '../api-versions';
import type { Route } from '../router/route';
import { scopes } from '../router/route';
import type { AssetKind } from '../store/assets';
import { assetHandlers, getAssetOperationResult, getAssetOperationStatus } from './asset-handlers';
import { ASSET_KINDS } from './asset-kinds';

const SUB = '/subscriptions/{subscriptionId}';
const REGISTRY = `${SUB}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/registries/{registryName}`;
const ACTION = 'Microsoft.MachineLearningServices/registries/assets';

/** One asset route: RBAC action by verb over the registry's scope. */
export const assetRoute = (method: Route['method'], pattern: string, verb: 'read' | 'write' | 'delete', handler: Route['handler']): Route => ({
  method,
  pattern,
  access: { kind: 'action', action: `${ACTION}/${verb}`, scope: scopes.registry },
  apiVersions: REGISTRY_ASSETS_API_VERSIONS,
  operationType: verb,
  handler,
});

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

/** Every registry asset route, in matching order. */
export const ASSET_ROUTES: readonly Route[] = [
  ...(Object.keys(ASSET_KINDS) as AssetKind[]).flatMap(routesOf),
  pollRoute(`${SUB}/providers/Microsoft.MachineLearningServices/locations/{location}/mfeOperationsStatus/{operationId}`, getAssetOperationStatus),
  pollRoute(`${SUB}/providers/Microsoft.MachineLearningServices/locations/{location}/mfeOperationResults/{operationId}`, getAssetOperationResult),
];
