// Test data: a registry as ARM returns it, shaped like the spec's update.json example (ARM contract §1),
// with a unique name per call so tests never share data.
import type { WireRegistry } from '@/lib/arm/wire-types';

/** A realistic GET response for a registry in eastus with westus as an additional region. */
export function makeWireRegistry(overrides: { name?: string; resourceGroup?: string } = {}): WireRegistry {
  const name = overrides.name ?? `mymlregistry${crypto.randomUUID().slice(0, 6)}`;
  const rg = overrides.resourceGroup ?? 'test-rg';
  const sub = '00000000-1111-2222-3333-444444444444';
  const managed = `/subscriptions/${sub}/resourceGroups/test-rg-managed`;
  return {
    id: `/subscriptions/${sub}/resourceGroups/${rg}/providers/Microsoft.MachineLearningServices/registries/${name}`,
    name,
    type: 'Microsoft.MachineLearningServices/registries',
    location: 'eastus',
    kind: 'Registry',
    tags: { team: 'ml-platform', Description: 'Shared models for Contoso' },
    sku: { name: 'P3', tier: 'Premium' },
    systemData: {
      createdBy: 'owner@contoso.onmicrosoft.com',
      createdByType: 'User',
      createdAt: '2025-03-01T10:00:00Z',
      lastModifiedBy: 'contributor@contoso.onmicrosoft.com',
      lastModifiedByType: 'User',
      lastModifiedAt: '2025-03-02T11:30:00Z',
    },
    identity: { type: 'SystemAssigned', principalId: 'aaaaaaaa-0000-0000-0000-000000000001', tenantId: 'bbbbbbbb-0000-0000-0000-000000000002' },
    properties: {
      discoveryUrl: `https://${name}.eastus.azureml.ms`,
      mlFlowRegistryUri: `https://eastus.api.azureml.ms/mlflow/v1.0/subscriptions/${sub}/resourceGroups/${rg}/providers/Microsoft.MachineLearningServices/registries/${name}`,
      intellectualPropertyPublisher: 'contoso',
      publicNetworkAccess: 'Disabled',
      managedResourceGroup: { resourceId: managed },
      regionDetails: [
        {
          location: 'eastus',
          acrDetails: [{ systemCreatedAcrAccount: { acrAccountName: 'mlacraccount', acrAccountSku: 'Premium', armResourceId: { resourceId: `${managed}/providers/Microsoft.ContainerRegistry/registries/mlacraccount` } } }],
          storageAccountDetails: [{ systemCreatedStorageAccount: { storageAccountName: 'mlstorageaccount', storageAccountType: 'Standard_LRS', storageAccountHnsEnabled: false, allowBlobPublicAccess: false, armResourceId: { resourceId: `${managed}/providers/Microsoft.Storage/storageAccounts/mlstorageaccount` } } }],
        },
        {
          location: 'West US',
          acrDetails: [{ systemCreatedAcrAccount: { acrAccountName: 'mlacraccount', acrAccountSku: 'Premium', armResourceId: { resourceId: `${managed}/providers/Microsoft.ContainerRegistry/registries/mlacraccount` } } }],
          storageAccountDetails: [{ systemCreatedStorageAccount: { storageAccountName: 'mlstoragewestus', storageAccountType: 'standard_grs', storageAccountHnsEnabled: true, armResourceId: { resourceId: `${managed}/providers/Microsoft.Storage/storageAccounts/mlstoragewestus` } } }],
        },
      ],
    },
  };
}
