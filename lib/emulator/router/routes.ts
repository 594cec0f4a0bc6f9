// The route table: every path the emulator serves, with its RBAC action, scope, api-versions and
// handler. Order matters only where patterns overlap: specific routes precede the generic resource GET.
// Extensions (deployments, Resource Graph, authorization, faults) add their own arrays to ROUTES.
import { REGISTRIES_API_VERSIONS, RESOURCES_API_VERSIONS, SUBSCRIPTIONS_API_VERSIONS } from '../api-versions';
import * as control from '../handlers/control';
import { listLocationsHandler } from '../handlers/locations';
import { getProviderHandler, listProvidersHandler, registerProviderHandler } from '../handlers/providers';
import * as registries from '../handlers/registries';
import * as rgs from '../handlers/resource-groups';
import { genericApiVersions, genericType, getManagedResourceHandler, listResourcesInGroupHandler } from '../handlers/resources';
import { getSubscriptionHandler, listSubscriptionsHandler } from '../handlers/subscriptions';
import { DEPLOYMENT_ROUTES } from '../deployments/routes';
import { FAULT_ROUTES } from '../faults/routes';
import { AUTHORIZATION_ROUTES } from '../handlers/authorization-routes';
import { RESOURCE_GRAPH_ROUTES } from '../handlers/resource-graph';
import { BULK_SEED_ROUTES } from '../control/bulk-seed';
import { ASSET_ROUTES } from '../assets/asset-routes';
import type { Route } from './route';
import { scopes } from './route';

const SUB = '/subscriptions/{subscriptionId}';
const RG = `${SUB}/resourceGroups/{resourceGroupName}`;
const ML = 'providers/Microsoft.MachineLearningServices';
const REGISTRY = `${RG}/${ML}/registries/{registryName}`;
const ML_ACTION = 'Microsoft.MachineLearningServices/registries';

/** Control endpoints under /_emulator (loopback only, no ARM token). */
export const CONTROL_ROUTES: readonly Route[] = [
  { method: 'GET', pattern: '/_emulator/health', access: { kind: 'control' }, apiVersions: null, operationType: 'read', handler: control.health },
  { method: 'GET', pattern: '/_emulator/principals', access: { kind: 'control' }, apiVersions: null, operationType: 'read', handler: control.listPrincipalsHandler },
  { method: 'POST', pattern: '/_emulator/token', access: { kind: 'control' }, apiVersions: null, operationType: 'write', handler: control.issueTokenHandler },
];

/** Microsoft.Resources: subscriptions, locations, providers, resource groups, generic resources. */
export const RESOURCE_MANAGER_ROUTES: readonly Route[] = [
  { method: 'GET', pattern: '/subscriptions', access: { kind: 'authenticated' }, apiVersions: SUBSCRIPTIONS_API_VERSIONS, operationType: 'read', handler: listSubscriptionsHandler },
  { method: 'GET', pattern: SUB, access: { kind: 'subscription-visible' }, apiVersions: SUBSCRIPTIONS_API_VERSIONS, operationType: 'read', handler: getSubscriptionHandler },
  { method: 'GET', pattern: `${SUB}/locations`, access: { kind: 'subscription-visible' }, apiVersions: SUBSCRIPTIONS_API_VERSIONS, operationType: 'read', handler: listLocationsHandler },
  { method: 'GET', pattern: `${SUB}/providers`, access: { kind: 'subscription-visible' }, apiVersions: RESOURCES_API_VERSIONS, operationType: 'read', handler: listProvidersHandler },
  { method: 'GET', pattern: `${SUB}/providers/{namespace}`, access: { kind: 'subscription-visible' }, apiVersions: RESOURCES_API_VERSIONS, operationType: 'read', handler: getProviderHandler },
  {
    method: 'POST',
    pattern: `${SUB}/providers/{namespace}/register`,
    access: { kind: 'action', action: (p) => `${p.namespace}/register/action`, scope: scopes.subscription },
    apiVersions: RESOURCES_API_VERSIONS,
    operationType: 'write',
    handler: registerProviderHandler,
  },
  { method: 'GET', pattern: `${SUB}/resourcegroups`, access: { kind: 'action', action: 'Microsoft.Resources/subscriptions/resourceGroups/read', scope: scopes.subscription }, apiVersions: RESOURCES_API_VERSIONS, operationType: 'read', handler: rgs.listResourceGroupsHandler },
  { method: 'GET', pattern: RG, access: { kind: 'action', action: 'Microsoft.Resources/subscriptions/resourceGroups/read', scope: scopes.resourceGroup }, apiVersions: RESOURCES_API_VERSIONS, operationType: 'read', handler: rgs.getResourceGroupHandler },
  { method: 'PUT', pattern: RG, access: { kind: 'action', action: 'Microsoft.Resources/subscriptions/resourceGroups/write', scope: scopes.resourceGroup }, apiVersions: RESOURCES_API_VERSIONS, operationType: 'write', handler: rgs.putResourceGroupHandler },
  { method: 'DELETE', pattern: RG, access: { kind: 'action', action: 'Microsoft.Resources/subscriptions/resourceGroups/delete', scope: scopes.resourceGroup }, apiVersions: RESOURCES_API_VERSIONS, operationType: 'delete', handler: rgs.deleteResourceGroupHandler },
  { method: 'GET', pattern: `${SUB}/operationresults/{operationId}`, access: { kind: 'subscription-visible' }, apiVersions: RESOURCES_API_VERSIONS, operationType: 'read', handler: rgs.resourceGroupOperationResultHandler },
  { method: 'GET', pattern: `${RG}/resources`, access: { kind: 'action', action: 'Microsoft.Resources/subscriptions/resourceGroups/resources/read', scope: scopes.resourceGroup }, apiVersions: RESOURCES_API_VERSIONS, operationType: 'read', handler: listResourcesInGroupHandler },
];

const registryRoute = (method: Route['method'], pattern: string, verb: string, handler: Route['handler'], scope = scopes.registry): Route => ({
  method,
  pattern,
  access: { kind: 'action', action: `${ML_ACTION}/${verb}`, scope },
  apiVersions: REGISTRIES_API_VERSIONS,
  operationType: method === 'GET' ? 'read' : method === 'DELETE' ? 'delete' : 'write',
  handler,
});

/** Microsoft.MachineLearningServices/registries and its operation polling resources. */
export const REGISTRY_ROUTES: readonly Route[] = [
  registryRoute('GET', `${SUB}/${ML}/registries`, 'read', registries.listRegistriesBySubscription, scopes.subscription),
  registryRoute('GET', `${RG}/${ML}/registries`, 'read', registries.listRegistriesByResourceGroup, scopes.resourceGroup),
  registryRoute('GET', REGISTRY, 'read', registries.getRegistry),
  registryRoute('PUT', REGISTRY, 'write', registries.putRegistry),
  registryRoute('PATCH', REGISTRY, 'write', registries.patchRegistry),
  registryRoute('DELETE', REGISTRY, 'delete', registries.deleteRegistry),
  registryRoute('POST', `${REGISTRY}/removeRegions`, 'write', registries.removeRegions),
  {
    method: 'GET',
    pattern: `${SUB}/${ML}/locations/{location}/registryOperationsStatus/{operationId}`,
    access: { kind: 'action', action: 'Microsoft.MachineLearningServices/locations/registryOperationsStatus/read', scope: scopes.subscription },
    apiVersions: REGISTRIES_API_VERSIONS,
    operationType: 'read',
    handler: registries.getOperationStatus,
  },
  {
    method: 'GET',
    pattern: `${SUB}/${ML}/locations/{location}/registryOperationResults/{operationId}`,
    access: { kind: 'action', action: 'Microsoft.MachineLearningServices/locations/registryOperationResults/read', scope: scopes.subscription },
    apiVersions: REGISTRIES_API_VERSIONS,
    operationType: 'read',
    handler: registries.getOperationResult,
  },
];

const genericRead = (pattern: string): Route => ({
  method: 'GET',
  pattern,
  access: { kind: 'action', action: (p) => `${genericType(p)}/read`, scope: (p) => `${scopes.resourceGroup(p)}/providers/${p.namespace}/${p.type}/${p.name}` },
  apiVersions: genericApiVersions,
  operationType: 'read',
  handler: getManagedResourceHandler,
});

/** GET of provider-created resources by id (storage accounts, container registries, replications). */
export const GENERIC_RESOURCE_ROUTES: readonly Route[] = [
  genericRead(`${RG}/providers/{namespace}/{type}/{name}`),
  genericRead(`${RG}/providers/{namespace}/{type}/{name}/{childType}/{childName}`),
];

/** The full table, in matching order. */
export const ROUTES: readonly Route[] = [
  ...CONTROL_ROUTES,
  ...FAULT_ROUTES,
  ...BULK_SEED_ROUTES,
  ...RESOURCE_MANAGER_ROUTES,
  ...REGISTRY_ROUTES,
  ...ASSET_ROUTES,
  // Before the generic resource GET, whose providers/{namespace}/{type}/{name} pattern also matches deployments.
  ...DEPLOYMENT_ROUTES,
  // Also before it: at resource-group scope …/providers/Microsoft.Authorization/roleAssignments/{guid} has its shape.
  ...AUTHORIZATION_ROUTES,
  ...RESOURCE_GRAPH_ROUTES,
  ...GENERIC_RESOURCE_ROUTES,
];
