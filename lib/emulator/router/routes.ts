// The route table: every path the emulator serves, in matching order, with its RBAC action, scope,
// api-versions and handler. This is the only place routes are declared. Order matters only where
// patterns overlap: the first route whose path and method match wins, so specific routes
// (registries, deployments, Microsoft.Authorization at resource-group scope) precede the generic
// resource GET, whose `providers/{namespace}/{type}/{name}` pattern has the same segment count.
import {
  AUTHORIZATION_API_VERSIONS,
  REGISTRIES_API_VERSIONS,
  REGISTRY_ASSETS_API_VERSIONS,
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
import { cloudMetadataHandler, METADATA_API_VERSIONS } from '../handlers/cloud-metadata';
import { listLocationsHandler } from '../handlers/locations';
import { managedIdentityTokenHandler } from '../handlers/managed-identity';
import * as providers from '../handlers/providers';
import * as registries from '../handlers/registries';
import { queryResourcesHandler } from '../handlers/resource-graph';
import * as rgs from '../handlers/resource-groups';
import { genericApiVersions, genericType, getManagedResourceHandler, listResourcesInGroupHandler, listResourcesInSubscriptionHandler } from '../handlers/resources';
import { getSubscriptionHandler, listSubscriptionsHandler } from '../handlers/subscriptions';
import * as tags from '../handlers/tags';
import { bulkSeedAssetsHandler } from '../assets/asset-bulk-seed';
import { assetHandlers, getAssetOperationResult, getAssetOperationStatus } from '../assets/asset-handlers';
import { ASSET_KINDS } from '../assets/asset-kinds';
import { blobReferenceSasHandler, startPendingUploadHandler } from '../assets/pending-upload-handlers';
import { withDataPlanePreviewCodes } from '../assets/data-plane-preview';
import { discoveryHandler, onDataPlane, temporaryDataReferenceHandler } from '../assets/registry-data-plane';
import type { AssetKind } from '../store/assets';
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

// Registry assets (mfe.json: …/registries/{name}/{models|environments|components|data|codes}/…): the seed's
// permission table, registries/assets/read to browse and use, /write to create, /delete to delete.
const assetRoute = (method: Route['method'], pattern: string, verb: 'read' | 'write' | 'delete', handler: Route['handler']): Route =>
  armRoute(method, pattern, rbac(`Microsoft.MachineLearningServices/registries/assets/${verb}`, scopes.registry), REGISTRY_ASSETS_API_VERSIONS, handler);
const assetRoutesOf = (kind: AssetKind): Route[] => {
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
};
const ARM_ASSET_ROUTES: Route[] = [
  ...(Object.keys(ASSET_KINDS) as AssetKind[]).flatMap(assetRoutesOf),
  // Upload and download locations: startPendingUpload prepares a publish (write); datareferences reads.
  ...(['models', 'data', 'codes'] as const).map((kind) =>
    assetRoute('POST', `${REGISTRY}/${kind}/{assetName}/versions/{version}/startPendingUpload`, 'write', startPendingUploadHandler(kind)),
  ),
  assetRoute('POST', `${REGISTRY}/datareferences/{assetName}/versions/{version}`, 'read', blobReferenceSasHandler),
  // Whoever may see the subscription may poll an operation id handed to them: the id is the capability, and ARM
  // serves these polling URLs to the principal that started the operation whatever its role scope.
  armRoute('GET', `${ML_LOCATION}/mfeOperationsStatus/{operationId}`, { kind: 'subscription-visible' }, REGISTRY_ASSETS_API_VERSIONS, getAssetOperationStatus),
  armRoute('GET', `${ML_LOCATION}/mfeOperationResults/{operationId}`, { kind: 'subscription-visible' }, REGISTRY_ASSETS_API_VERSIONS, getAssetOperationResult),
];

/** The full table, in matching order. */
export const ROUTES: readonly Route[] = [
  // Control endpoints under /_emulator (loopback only, no ARM token): health, principals, tokens, faults, bulk seeding.
  controlRoute('GET', '/_emulator/health', control.healthHandler),
  controlRoute('GET', '/_emulator/ca.pem', control.caCertificateHandler),
  controlRoute('GET', '/_emulator/principals', control.listPrincipalsHandler),
  controlRoute('POST', '/_emulator/token', control.issueTokenHandler),
  controlRoute('GET', '/_emulator/faults', faults.listFaultsHandler),
  controlRoute('POST', '/_emulator/faults', faults.addFaultHandler),
  controlRoute('DELETE', '/_emulator/faults', faults.clearFaultsHandler),
  controlRoute('DELETE', '/_emulator/faults/{faultId}', faults.deleteFaultHandler),
  controlRoute('POST', '/_emulator/bulk-seed', control.bulkSeedHandler),
  controlRoute('POST', '/_emulator/bulk-seed-assets', bulkSeedAssetsHandler),

  // What tools discover before any ARM call: the cloud's metadata (anonymous, like ARM's) and a managed-identity
  // token endpoint (loopback only, like the real ones: App Service, Cloud Shell, IMDS).
  armRoute('GET', '/metadata/endpoints', { kind: 'anonymous' }, METADATA_API_VERSIONS, cloudMetadataHandler),
  controlRoute('GET', '/msi/token', managedIdentityTokenHandler),
  controlRoute('POST', '/msi/token', managedIdentityTokenHandler),
  controlRoute('GET', '/metadata/identity/oauth2/token', managedIdentityTokenHandler),

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
  // Trimmed per resource by the handler: a caller with a role on one group or registry sees just those.
  armRoute('GET', `${SUB}/resources`, { kind: 'subscription-visible' }, RESOURCES_API_VERSIONS, listResourcesInSubscriptionHandler),

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

  // Registry assets and their upload locations (lib/emulator/assets).
  ...ARM_ASSET_ROUTES,
  // The registry data plane as azure-ai-ml reaches it: discovery, then the same asset operations behind the MFE
  // prefix with data-plane api-versions, and tempdatarefs (older clients' upload location).
  armRoute('GET', '/registrymanagement/v1.0/registries/{registryName}/discovery', { kind: 'authenticated' }, null, discoveryHandler),
  ...ARM_ASSET_ROUTES.map((route) => onDataPlane(withDataPlanePreviewCodes(route))),
  onDataPlane(assetRoute('PUT', `${REGISTRY}/tempdatarefs/{assetName}/versions/{version}`, 'write', temporaryDataReferenceHandler)),

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

  // Microsoft.Resources/tags at a scope (`az tag … --resource-id`); before the generic resource GET too.
  ...SCOPE_PATTERNS.flatMap((s) => {
    const path = `${s}/providers/Microsoft.Resources/tags/default`;
    const access = (verb: string) => rbac(`Microsoft.Resources/tags/${verb}`, scopeOfParams);
    return [
      armRoute('GET', path, access('read'), RESOURCES_API_VERSIONS, tags.getTagsHandler),
      armRoute('PUT', path, access('write'), RESOURCES_API_VERSIONS, tags.putTagsHandler),
      armRoute('PATCH', path, access('write'), RESOURCES_API_VERSIONS, tags.patchTagsHandler),
      armRoute('DELETE', path, access('delete'), RESOURCES_API_VERSIONS, tags.deleteTagsHandler),
    ];
  }),

  // Azure Resource Graph: any authenticated caller; the handler trims rows to what the caller may read.
  armRoute('POST', '/providers/Microsoft.ResourceGraph/resources', { kind: 'authenticated' }, RESOURCE_GRAPH_API_VERSIONS, queryResourcesHandler, 'read'),

  // GET of provider-created resources by id (storage accounts, container registries, replications): last.
  genericRead(`${RG}/providers/{namespace}/{type}/{name}`),
  genericRead(`${RG}/providers/{namespace}/{type}/{name}/{childType}/{childName}`),
];
