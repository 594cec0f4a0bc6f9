// Routes of Microsoft.Resources/deployments at resource-group scope. They must precede the generic
// resource GET in ROUTES, whose `providers/{namespace}/{type}/{name}` pattern would match them too.
import { RESOURCES_API_VERSIONS } from '../api-versions';
import * as h from '../handlers/deployments';
import type { Route } from '../router/route';
import { scopes } from '../router/route';

const DEPLOYMENTS = '/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Resources/deployments';
const DEPLOYMENT = `${DEPLOYMENTS}/{deploymentName}`;
const ACTION = 'Microsoft.Resources/deployments';
// The older DeploymentOperations_List path (no providers/Microsoft.Resources) that ARM still serves and
// @azure/arm-resources' `deploymentOperations.list(resourceGroup, name)` calls.
const LEGACY_DEPLOYMENT = '/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/deployments/{deploymentName}';

const route = (method: Route['method'], pattern: string, action: string, handler: Route['handler']): Route => ({
  method,
  pattern,
  access: { kind: 'action', action: `${ACTION}/${action}`, scope: scopes.resourceGroup },
  // 2025-04-01 is what @azure/arm-resources sends; 2024-03-01, 2022-09-01 and 2021-04-01 are common (arm-contract.md §3).
  apiVersions: RESOURCES_API_VERSIONS,
  operationType: method === 'GET' ? 'read' : method === 'DELETE' ? 'delete' : 'write',
  handler,
});

/** Template deployments: PUT/GET/DELETE, list, operations, validate, cancel, exportTemplate, operation status. */
export const DEPLOYMENT_ROUTES: readonly Route[] = [
  route('GET', DEPLOYMENTS, 'read', h.listDeploymentsHandler),
  route('GET', DEPLOYMENT, 'read', h.getDeploymentHandler),
  route('PUT', DEPLOYMENT, 'write', h.putDeploymentHandler),
  route('DELETE', DEPLOYMENT, 'delete', h.deleteDeploymentHandler),
  route('GET', `${DEPLOYMENT}/operations`, 'operations/read', h.listDeploymentOperationsHandler),
  route('GET', `${LEGACY_DEPLOYMENT}/operations`, 'operations/read', h.listDeploymentOperationsHandler),
  route('POST', `${DEPLOYMENT}/validate`, 'validate/action', h.validateDeploymentHandler),
  route('POST', `${DEPLOYMENT}/cancel`, 'cancel/action', h.cancelDeploymentHandler),
  route('POST', `${DEPLOYMENT}/exportTemplate`, 'exportTemplate/action', h.exportDeploymentTemplateHandler),
  route('GET', `${DEPLOYMENT}/operationStatuses/{operationId}`, 'operationstatuses/read', h.deploymentOperationStatusHandler),
];
