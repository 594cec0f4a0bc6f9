// The route shape every registry asset operation shares: RBAC action by verb over the registry's scope
// (the seed's permission table: registries/assets/read to browse and use, /write to create, /delete to
// delete) and the asset api-versions.
import { REGISTRY_ASSETS_API_VERSIONS } from '../api-versions';
import type { Route } from '../router/route';
import { scopes } from '../router/route';

const ACTION = 'Microsoft.MachineLearningServices/registries/assets';

/** One asset route. */
export const assetRoute = (method: Route['method'], pattern: string, verb: 'read' | 'write' | 'delete', handler: Route['handler']): Route => ({
  method,
  pattern,
  access: { kind: 'action', action: `${ACTION}/${verb}`, scope: scopes.registry },
  apiVersions: REGISTRY_ASSETS_API_VERSIONS,
  operationType: verb,
  handler,
});
