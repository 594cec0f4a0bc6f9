// The route table: every path the emulator serves, in matching order, with its RBAC action, scope,
// api-versions and handler. This is the only place routes are declared. Order matters only where
// patterns overlap: the first route whose path and method match wins, so specific routes
// (registries, deployments, Microsoft.Authorization at resource-group scope) precede the generic
// resource GET, whose `providers/{namespace}/{type}/{name}` pattern has the same segment count.
import {
  AUTHORIZATION_API_VERSIONS,
  REGISTRIES_API_VERSIONS,
  RESOURCE_GRAPH_API_VERSIONS,
  RESOURCES_API_VERSIONS,
  SUBSCRIPTIONS_API_VERSIONS,
} from '../api-versions';
import { listPermissionsHandler } from '../handlers/authorization-permissions';
import * as assignments from '../handlers/authorization-role-assignments';
import * as definitions from '../handlers/authorization-role-definitions';
import { SCOPE_PATTERNS, scopeOfParams } from '../handlers/authorization-scope';
import * as control from '../handlers/control';
import * as deployments from '../handlers/deployments';
import * as faults from '../handlers/faults';
import { listLocationsHandler } from '../handlers/locations';
import * as providers from '../handlers/providers';
import * as registries from '../handlers/registries';
import { queryResourcesHandler } from '../handlers/resource-graph';
import * as rgs from '../handlers/resource-groups';
import { genericApiVersions, genericType, getManagedResourceHandler, listResourcesInGroupHandler } from '../handlers/resources';
import { getSubscriptionHandler, listSubscriptionsHandler } from '../handlers/subscriptions';
import type { Route } from './route';
import { armRoute, controlRoute, rbac, scopes } from './route';

const SUB = '/subscriptions/{subscriptionId}';
const RG = `${SUB}/resourceGroups/{resourceGroupName}`;
const ML = `${RG}/providers/Microsoft.MachineLearningServices`;
const REGISTRY = `${ML}/registries/{registryName}`;
const ML_LOCATION = `${SUB}/providers/Microsoft.MachineLearningServices/locations/{location}`;
const DEPLOYMENTS = `${RG}/providers/Microsoft.Resources/deployments`;
const DEPLOYMENT = `${DEPLOYMENTS}/{deploymentName}`;
// The older DeploymentOperations_List path (no providers/Microsoft.Resources) that ARM still serves and
// @azure/arm-resources' `deploymentOperations.list(resourceGroup, name)` calls.
const LEGACY_DEPLOYMENT = `${RG}/deployments/{deploymentName}`;
const AUTHZ = 'providers/Microsoft.Authorization';

const resourceGroupAction = (verb: string) => rbac(`Microsoft.Resources/subscriptions/resourceGroups/${verb}`, scopes.resourceGroup);
const registryAction = (verb: string, scope = scopes.registry) => rbac(`Microsoft.MachineLearningServices/registries/${verb}`, scope);
const deploymentAction = (verb: string) => rbac(`Microsoft.Resources/deployments/${verb}`, scopes.resourceGroup);
const authz = (method: Route['method'], pattern: string, handler: Route['handler'], action?: string, scope = scopeOfParams): Route =>
  // Permissions are the caller's own: any authenticated caller may ask (ARM answers an empty list).
  armRoute(method, pattern, action ? rbac(`Microsoft.Authorization/${action}`, scope) : { kind: 'authenticated' }, AUTHORIZATION_API_VERSIONS, handler);
const genericRead = (pattern: string): Route =>
  armRoute('GET', pattern, rbac((p) => `${genericType(p)}/read`, (p) => `${scopes.resourceGroup(p)}/providers/${p.namespace}/${p.type}/${p.name}`), genericApiVersions, getManagedResourceHandler);

/** The full table, in matching order. */
export const ROUTES: readonly Route[] = [
  // Control endpoints under /_emulator (loopback only, no ARM token): health, principals, tokens, faults, bulk seeding.
  controlRoute('GET', '/_emulator/health', control.healthHandler),
  controlRoute('GET', '/_emulator/principals', control.listPrincipalsHandler),
  controlRoute('POST', '/_emulator/token', control.issueTokenHandler),
  controlRoute('GET', '/_emulator/faults', faults.listFaultsHandler),
  controlRoute('POST', '/_emulator/faults', faults.addFaultHandler),
  controlRoute('DELETE', '/_emulator/faults', faults.clearFaultsHandler),
  controlRoute('DELETE', '/_emulator/faults/{faultId}', faults.deleteFaultHandler),
  controlRoute('POST', '/_emulator/bulk-seed', control.bulkSeedHandler),

  // Microsoft.Resources: subscriptions, locations, providers, resource groups, generic resource lists.
  armRoute('GET', '/subscriptions', { kind: 'authenticated' }, SUBSCRIPTIONS_API_VERSIONS, listSubscriptionsHandler),
  armRoute('GET', SUB, { kind: 'subscription-visible' }, SUBSCRIPTIONS_API_VERSIONS, getSubscriptionHandler),
  armRoute('GET', `${SUB}/locations`, { kind: 'subscription-visible' }, SUBSCRIPTIONS_API_VERSIONS, listLocationsHandler),
  armRoute('GET', `${SUB}/providers`, { kind: 'subscription-visible' }, RESOURCES_API_VERSIONS, providers.listProvidersHandler),
  armRoute('GET', `${SUB}/providers/{namespace}`, { kind: 'subscription-visible' }, RESOURCES_API_VERSIONS, providers.getProviderHandler),
  armRoute('POST', `${SUB}/providers/{namespace}/register`, rbac((p) => `${p.namespace}/register/action`, scopes.subscription), RESOURCES_API_VERSIONS, providers.registerProviderHandler),
  armRoute('GET', `${SUB}/resourcegroups`, rbac('Microsoft.Resources/subscriptions/resourceGroups/read', scopes.subscription), RESOURCES_API_VERSIONS, rgs.listResourceGroupsHandler),
  armRoute('GET', RG, resourceGroupAction('read'), RESOURCES_API_VERSIONS, rgs.getResourceGroupHandler),
  armRoute('PUT', RG, resourceGroupAction('write'), RESOURCES_API_VERSIONS, rgs.putResourceGroupHandler),
  armRoute('DELETE', RG, resourceGroupAction('delete'), RESOURCES_API_VERSIONS, rgs.deleteResourceGroupHandler),
  armRoute('GET', `${SUB}/operationresults/{operationId}`, { kind: 'subscription-visible' }, RESOURCES_API_VERSIONS, rgs.resourceGroupOperationResultHandler),
  armRoute('GET', `${RG}/resources`, resourceGroupAction('resources/read'), RESOURCES_API_VERSIONS, listResourcesInGroupHandler),

  // Microsoft.MachineLearningServices/registries and its operation polling resources.
  armRoute('GET', `${SUB}/providers/Microsoft.MachineLearningServices/registries`, registryAction('read', scopes.subscription), REGISTRIES_API_VERSIONS, registries.listRegistriesBySubscriptionHandler),
  armRoute('GET', `${ML}/registries`, registryAction('read', scopes.resourceGroup), REGISTRIES_API_VERSIONS, registries.listRegistriesByResourceGroupHandler),
  armRoute('GET', REGISTRY, registryAction('read'), REGISTRIES_API_VERSIONS, registries.getRegistryHandler),
  armRoute('PUT', REGISTRY, registryAction('write'), REGISTRIES_API_VERSIONS, registries.putRegistryHandler),
  armRoute('PATCH', REGISTRY, registryAction('write'), REGISTRIES_API_VERSIONS, registries.patchRegistryHandler),
  armRoute('DELETE', REGISTRY, registryAction('delete'), REGISTRIES_API_VERSIONS, registries.deleteRegistryHandler),
  armRoute('POST', `${REGISTRY}/removeRegions`, registryAction('write'), REGISTRIES_API_VERSIONS, registries.removeRegionsHandler),
  armRoute(
    'GET',
    `${ML_LOCATION}/registryOperationsStatus/{operationId}`,
    rbac('Microsoft.MachineLearningServices/locations/registryOperationsStatus/read', scopes.subscription),
    REGISTRIES_API_VERSIONS,
    registries.registryOperationStatusHandler,
  ),
  armRoute(
    'GET',
    `${ML_LOCATION}/registryOperationResults/{operationId}`,
    rbac('Microsoft.MachineLearningServices/locations/registryOperationResults/read', scopes.subscription),
    REGISTRIES_API_VERSIONS,
    registries.registryOperationResultHandler,
  ),

  // Microsoft.Resources/deployments at resource-group scope (before the generic resource GET).
  armRoute('GET', DEPLOYMENTS, deploymentAction('read'), RESOURCES_API_VERSIONS, deployments.listDeploymentsHandler),
  armRoute('GET', DEPLOYMENT, deploymentAction('read'), RESOURCES_API_VERSIONS, deployments.getDeploymentHandler),
  armRoute('PUT', DEPLOYMENT, deploymentAction('write'), RESOURCES_API_VERSIONS, deployments.putDeploymentHandler),
  armRoute('DELETE', DEPLOYMENT, deploymentAction('delete'), RESOURCES_API_VERSIONS, deployments.deleteDeploymentHandler),
  armRoute('GET', `${DEPLOYMENT}/operations`, deploymentAction('operations/read'), RESOURCES_API_VERSIONS, deployments.listDeploymentOperationsHandler),
  armRoute('GET', `${LEGACY_DEPLOYMENT}/operations`, deploymentAction('operations/read'), RESOURCES_API_VERSIONS, deployments.listDeploymentOperationsHandler),
  armRoute('POST', `${DEPLOYMENT}/validate`, deploymentAction('validate/action'), RESOURCES_API_VERSIONS, deployments.validateDeploymentHandler),
  armRoute('POST', `${DEPLOYMENT}/cancel`, deploymentAction('cancel/action'), RESOURCES_API_VERSIONS, deployments.cancelDeploymentHandler),
  armRoute('POST', `${DEPLOYMENT}/exportTemplate`, deploymentAction('exportTemplate/action'), RESOURCES_API_VERSIONS, deployments.exportDeploymentTemplateHandler),
  armRoute('GET', `${DEPLOYMENT}/operationStatuses/{operationId}`, deploymentAction('operationstatuses/read'), RESOURCES_API_VERSIONS, deployments.deploymentOperationStatusHandler),

  // Microsoft.Authorization at every scope shape (also before the generic resource GET: at resource-group
  // scope `…/providers/Microsoft.Authorization/roleAssignments/{guid}` has its segment count).
  ...SCOPE_PATTERNS.flatMap((s) => [
    authz('GET', `${s}/${AUTHZ}/permissions`, listPermissionsHandler),
    authz('GET', `${s}/${AUTHZ}/roleDefinitions`, definitions.listRoleDefinitionsHandler, 'roleDefinitions/read'),
    authz('GET', `${s}/${AUTHZ}/roleDefinitions/{roleDefinitionId}`, definitions.getRoleDefinitionHandler, 'roleDefinitions/read'),
    authz('GET', `${s}/${AUTHZ}/roleAssignments`, assignments.listRoleAssignmentsHandler, 'roleAssignments/read'),
    authz('GET', `${s}/${AUTHZ}/roleAssignments/{roleAssignmentName}`, assignments.getRoleAssignmentHandler, 'roleAssignments/read'),
    authz('PUT', `${s}/${AUTHZ}/roleAssignments/{roleAssignmentName}`, assignments.putRoleAssignmentHandler, 'roleAssignments/write'),
    authz('DELETE', `${s}/${AUTHZ}/roleAssignments/{roleAssignmentName}`, assignments.deleteRoleAssignmentHandler, 'roleAssignments/delete'),
  ]),
  // Custom roles are created and deleted at subscription scope.
  authz('PUT', `${SUB}/${AUTHZ}/roleDefinitions/{roleDefinitionId}`, definitions.putRoleDefinitionHandler, 'roleDefinitions/write', scopes.subscription),
  authz('DELETE', `${SUB}/${AUTHZ}/roleDefinitions/{roleDefinitionId}`, definitions.deleteRoleDefinitionHandler, 'roleDefinitions/delete', scopes.subscription),

  // Azure Resource Graph: any authenticated caller; the handler trims rows to what the caller may read.
  armRoute('POST', '/providers/Microsoft.ResourceGraph/resources', { kind: 'authenticated' }, RESOURCE_GRAPH_API_VERSIONS, queryResourcesHandler, 'read'),

  // GET of provider-created resources by id (storage accounts, container registries, replications): last.
  genericRead(`${RG}/providers/{namespace}/{type}/{name}`),
  genericRead(`${RG}/providers/{namespace}/{type}/{name}/{childType}/{childName}`),
];
