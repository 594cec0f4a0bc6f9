// Wire types: ARM JSON exactly as Azure Resource Manager sends and receives it (see
// ../shared/reference/arm-contract.md). View types for the UI live in lib/registries, never here.

/** ARM's error body: `{ error: ArmErrorBody }`. */
export interface ArmErrorBody {
  code: string;
  message: string;
  target?: string;
  details?: ArmErrorBody[];
  additionalInfo?: { type: string; info?: unknown }[];
}

/** A page of a list operation; `nextLink` is absolute and opaque. */
export interface ArmPage<T> {
  value: T[];
  nextLink?: string | null;
}

/** Who created and last modified a resource (ARM common types). */
export interface WireSystemData {
  createdBy?: string;
  createdByType?: 'User' | 'Application' | 'ManagedIdentity' | 'Key';
  createdAt?: string;
  lastModifiedBy?: string;
  lastModifiedByType?: 'User' | 'Application' | 'ManagedIdentity' | 'Key';
  lastModifiedAt?: string;
}

/** GET /subscriptions entry (Microsoft.Resources 2022-12-01). */
export interface WireSubscription {
  id: string;
  subscriptionId: string;
  tenantId?: string;
  displayName: string;
  state: 'Enabled' | 'Warned' | 'PastDue' | 'Disabled' | 'Deleted';
  subscriptionPolicies?: { locationPlacementId?: string; quotaId?: string; spendingLimit?: 'On' | 'Off' | 'CurrentPeriodOff' };
  authorizationSource?: string;
  managedByTenants?: { tenantId: string }[];
  tags?: Record<string, string>;
}

/** GET /subscriptions/{s}/locations entry. */
export interface WireLocation {
  id: string;
  name: string;
  type?: 'Region' | 'EdgeZone';
  displayName: string;
  regionalDisplayName: string;
  metadata?: {
    regionType?: 'Physical' | 'Logical';
    regionCategory?: 'Recommended' | 'Extended' | 'Other';
    geography?: string;
    geographyGroup?: string;
    longitude?: string;
    latitude?: string;
    physicalLocation?: string;
    pairedRegion?: { name: string; id: string }[];
  };
}

/** GET /subscriptions/{s}/providers/{namespace}. `locations` are display names ("East US"). */
export interface WireProvider {
  id: string;
  namespace: string;
  registrationState: 'NotRegistered' | 'Registering' | 'Registered' | 'Unregistering';
  registrationPolicy?: string;
  resourceTypes: {
    resourceType: string;
    locations: string[];
    apiVersions?: string[];
    defaultApiVersion?: string;
    capabilities?: string;
  }[];
}

/** Resource group (Microsoft.Resources). */
export interface WireResourceGroup {
  id: string;
  name: string;
  type: 'Microsoft.Resources/resourceGroups';
  location: string;
  managedBy?: string;
  tags?: Record<string, string>;
  properties: { provisioningState: string };
}

/** A generic resource as `GET .../resources` or a provider GET returns it. */
export interface WireGenericResource {
  id: string;
  name: string;
  type: string;
  location?: string;
  kind?: string;
  sku?: { name: string; tier?: string };
  tags?: Record<string, string>;
  systemData?: WireSystemData;
  properties?: Record<string, unknown> & { provisioningState?: string };
}

/** A listed resource with `$expand=createdTime,changedTime,provisioningState`: ARM adds them at the top level. */
export interface WireGenericResourceExpanded extends WireGenericResource {
  createdTime?: string;
  changedTime?: string;
  provisioningState?: string;
}

/** `{ resourceId }` wrapper the registries API uses for ARM ids. */
export interface WireArmResourceId {
  resourceId?: string;
}

/** One region of a registry: its ACR and storage accounts (server fills names and ids). */
export interface WireRegistryRegionDetails {
  location?: string;
  acrDetails?: {
    systemCreatedAcrAccount?: { acrAccountName?: string; acrAccountSku?: string; armResourceId?: WireArmResourceId };
  }[];
  storageAccountDetails?: {
    systemCreatedStorageAccount?: {
      storageAccountName?: string;
      storageAccountType?: string;
      storageAccountHnsEnabled?: boolean;
      allowBlobPublicAccess?: boolean;
      armResourceId?: WireArmResourceId;
    };
  }[];
}

/** Microsoft.MachineLearningServices/registries (2025-09-01). No provisioningState of its own. */
export interface WireRegistry {
  id?: string;
  name?: string;
  type?: string;
  location: string;
  tags?: Record<string, string>;
  kind?: string;
  sku?: { name: string; tier?: string };
  systemData?: WireSystemData;
  identity?: {
    type: 'None' | 'SystemAssigned' | 'UserAssigned' | 'SystemAssigned,UserAssigned';
    principalId?: string;
    tenantId?: string;
  };
  properties: {
    discoveryUrl?: string;
    mlFlowRegistryUri?: string;
    intellectualPropertyPublisher?: string;
    publicNetworkAccess?: string;
    managedResourceGroup?: WireArmResourceId;
    regionDetails?: WireRegistryRegionDetails[];
    registryPrivateEndpointConnections?: unknown[];
  };
}

/** PATCH body for a registry: only these keys are allowed (additionalProperties false). */
export interface WireRegistryPatch {
  tags?: Record<string, string>;
  identity?: WireRegistry['identity'];
  sku?: Partial<{ name: string; tier: string }>;
}

/** Operation-status resource (Azure-AsyncOperation). GET always answers 200. */
export interface WireOperationStatus {
  id?: string;
  name?: string;
  status: string;
  startTime?: string;
  endTime?: string;
  percentComplete?: number;
  properties?: Record<string, unknown>;
  error?: ArmErrorBody;
}

/** Provisioning states of a deployment or a deployment operation (Microsoft.Resources 2025-04-01). */
export type WireDeploymentState =
  | 'NotSpecified' | 'Accepted' | 'Running' | 'Ready' | 'Creating' | 'Created' | 'Deleting' | 'Deleted' | 'Canceled' | 'Failed' | 'Succeeded' | 'Updating';

/** A resource a deployment names: `{id, resourceType, resourceName}`. */
export interface WireDeploymentResourceRef {
  id?: string;
  resourceType?: string;
  resourceName?: string;
}

/** Microsoft.Resources/deployments (arm-contract §3). `timestamp` − `duration` is the start time. */
export interface WireDeployment {
  id?: string;
  name?: string;
  type?: string;
  location?: string;
  tags?: Record<string, string>;
  properties?: {
    provisioningState?: WireDeploymentState | string;
    correlationId?: string;
    timestamp?: string;
    /** ISO 8601 duration, e.g. "PT1M3.2S". */
    duration?: string;
    mode?: 'Incremental' | 'Complete';
    templateHash?: string;
    parameters?: Record<string, { type?: string; value?: unknown }>;
    outputs?: Record<string, { type?: string; value?: unknown }>;
    outputResources?: { id?: string }[];
    validatedResources?: { id?: string }[];
    providers?: { namespace?: string; resourceTypes?: { resourceType?: string; locations?: string[] }[] }[];
    dependencies?: (WireDeploymentResourceRef & { dependsOn?: WireDeploymentResourceRef[] })[];
    /** On failure: `DeploymentFailed` with each failed operation's provider error in `details`. */
    error?: ArmErrorBody;
  };
}

/** One operation of a deployment (GET …/deployments/{name}/operations). */
export interface WireDeploymentOperation {
  id?: string;
  operationId?: string;
  properties?: {
    provisioningOperation?: string;
    provisioningState?: WireDeploymentState | string;
    timestamp?: string;
    duration?: string;
    trackingId?: string;
    serviceRequestId?: string | null;
    /** HTTP status text of the provider's answer: "OK", "Created", "Conflict", "BadRequest"… */
    statusCode?: string | null;
    statusMessage?: { status?: string; error?: ArmErrorBody };
    targetResource?: WireDeploymentResourceRef & { apiVersion?: string; symbolicName?: string };
  };
}

/** POST …/deployments/{name}/validate 200 answer (DeploymentValidateResult). */
export interface WireDeploymentValidateResult {
  id?: string;
  name?: string;
  type?: string;
  properties?: WireDeployment['properties'];
  error?: ArmErrorBody;
}

/** One permission block (GET {scope}/providers/Microsoft.Authorization/permissions; role definitions). */
export interface WirePermission {
  actions: string[];
  notActions: string[];
  dataActions?: string[];
  notDataActions?: string[];
}

/** Microsoft.Authorization/roleDefinitions (2022-04-01). */
export interface WireRoleDefinition {
  id: string;
  /** The role's GUID. */
  name: string;
  type: 'Microsoft.Authorization/roleDefinitions';
  properties: {
    roleName: string;
    type: 'BuiltInRole' | 'CustomRole';
    description?: string;
    assignableScopes: string[];
    permissions: WirePermission[];
    createdOn?: string;
    updatedOn?: string;
    createdBy?: string | null;
    updatedBy?: string | null;
  };
}

/** Microsoft.Authorization/roleAssignments (2022-04-01). */
export interface WireRoleAssignment {
  id: string;
  /** The assignment's GUID. */
  name: string;
  type: 'Microsoft.Authorization/roleAssignments';
  properties: {
    /** `/subscriptions/{s}/providers/Microsoft.Authorization/roleDefinitions/{roleGuid}` */
    roleDefinitionId: string;
    principalId: string;
    principalType?: 'User' | 'Group' | 'ServicePrincipal' | 'ForeignGroup' | 'Device' | string;
    scope: string;
    description?: string | null;
    condition?: string | null;
    conditionVersion?: string | null;
    createdOn?: string;
    updatedOn?: string;
    createdBy?: string | null;
    updatedBy?: string | null;
  };
}

/** POST /providers/Microsoft.ResourceGraph/resources answer (QueryResponse, objectArray format). */
export interface WireResourceGraphResponse<Row = Record<string, unknown>> {
  totalRecords: number;
  count: number;
  /** A string, not a boolean: "true" when rows were cut off without a `$skipToken` to fetch them. */
  resultTruncated: 'true' | 'false';
  /** Present while more rows remain; pass back with the same query and subscriptions. */
  $skipToken?: string;
  data: Row[];
  facets?: unknown[];
}
