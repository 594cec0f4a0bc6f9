// Builders for the resources a registry owns in its managed resource group, shaped as their own
// resource providers return them: Microsoft.Storage/storageAccounts (one per region and storage entry),
// one Premium Microsoft.ContainerRegistry/registries in the primary region, and one
// registries/replications per additional region (arm-contract.md §5).
import type { ProvisioningFault } from '../context';
import type { ResourceRecord, ResourceState } from '../store/resources';
import type { StorageSpec } from '../store/registries';

/** Where and when a child resource is created. */
export interface ChildPlacement {
  subscriptionId: string;
  managedResourceGroup: string;
  ownerKey: string;
  operationId: string;
  tags: Record<string, string>;
  createdAt: number;
  dueAt: number;
  fault?: ProvisioningFault;
}

const groupId = (p: ChildPlacement) => `/subscriptions/${p.subscriptionId}/resourceGroups/${p.managedResourceGroup}`;

function base(p: ChildPlacement): Pick<ResourceRecord, 'subscriptionId' | 'resourceGroup' | 'tags' | 'provisioningState' | 'dueAt' | 'nextState' | 'error' | 'ownerKey' | 'operationId' | 'createdAt'> {
  const nextState: ResourceState = p.fault ? 'Failed' : 'Succeeded';
  return {
    subscriptionId: p.subscriptionId,
    resourceGroup: p.managedResourceGroup,
    tags: { ...p.tags },
    provisioningState: 'Creating',
    dueAt: p.dueAt,
    nextState,
    error: p.fault,
    ownerKey: p.ownerKey,
    operationId: p.operationId,
    createdAt: p.createdAt,
  };
}

/** A storage account for one region of a registry. */
export function storageAccountResource(p: ChildPlacement, name: string, region: string, storage: StorageSpec): ResourceRecord {
  return {
    ...base(p),
    id: `${groupId(p)}/providers/Microsoft.Storage/storageAccounts/${name}`,
    type: 'Microsoft.Storage/storageAccounts',
    name,
    location: region,
    kind: 'StorageV2',
    sku: { name: storage.type, tier: storage.type.startsWith('Premium') ? 'Premium' : 'Standard' },
    region,
    role: 'storage',
    properties: {
      primaryLocation: region,
      statusOfPrimary: 'available',
      creationTime: new Date(p.createdAt).toISOString(),
      isHnsEnabled: storage.hnsEnabled,
      allowBlobPublicAccess: storage.allowBlobPublicAccess,
      minimumTlsVersion: 'TLS1_2',
      supportsHttpsTrafficOnly: true,
      accessTier: 'Hot',
      primaryEndpoints: {
        blob: `https://${name}.blob.core.windows.net/`,
        dfs: `https://${name}.dfs.core.windows.net/`,
        file: `https://${name}.file.core.windows.net/`,
        queue: `https://${name}.queue.core.windows.net/`,
        table: `https://${name}.table.core.windows.net/`,
      },
    },
  };
}

/** The Premium container registry in the primary region. */
export function containerRegistryResource(p: ChildPlacement, name: string, region: string): ResourceRecord {
  return {
    ...base(p),
    id: `${groupId(p)}/providers/Microsoft.ContainerRegistry/registries/${name}`,
    type: 'Microsoft.ContainerRegistry/registries',
    name,
    location: region,
    sku: { name: 'Premium', tier: 'Premium' },
    region,
    role: 'acr',
    properties: {
      loginServer: `${name}.azurecr.io`,
      creationDate: new Date(p.createdAt).toISOString(),
      adminUserEnabled: false,
      publicNetworkAccess: 'Enabled',
      zoneRedundancy: 'Disabled',
      dataEndpointEnabled: false,
    },
  };
}

/** A geo-replication of the container registry into an additional region. */
export function replicationResource(p: ChildPlacement, acrId: string, region: string): ResourceRecord {
  return {
    ...base(p),
    id: `${acrId}/replications/${region}`,
    type: 'Microsoft.ContainerRegistry/registries/replications',
    name: region,
    location: region,
    region,
    role: 'replication',
    properties: { regionEndpointEnabled: true, zoneRedundancy: 'Disabled', status: { displayStatus: 'Ready' } },
  };
}
