import { describe, expect, it } from 'vitest';
import { lastIdSegment, parseArmId } from './arm-id';
import { toRegistryView } from './registry-view';
import { makeWireRegistry } from './wire-registry.fixture';

describe('toRegistryView', () => {
  it('maps a realistic registry GET to the page fields', () => {
    const wire = makeWireRegistry({ resourceGroup: 'Contoso-ML' });
    const view = toRegistryView(wire);
    expect(view).toMatchObject({
      name: wire.name,
      id: wire.id,
      subscriptionId: '00000000-1111-2222-3333-444444444444',
      resourceGroup: 'Contoso-ML',
      location: 'eastus',
      additionalRegions: ['westus'],
      publicNetworkAccess: 'Disabled',
      identity: { type: 'SystemAssigned', principalId: 'aaaaaaaa-0000-0000-0000-000000000001', tenantId: 'bbbbbbbb-0000-0000-0000-000000000002' },
      managedResourceGroupId: '/subscriptions/00000000-1111-2222-3333-444444444444/resourceGroups/test-rg-managed',
      managedResourceGroupName: 'test-rg-managed',
      discoveryUrl: `https://${wire.name}.eastus.azureml.ms`,
      createdBy: 'owner@contoso.onmicrosoft.com',
      createdAt: '2025-03-01T10:00:00Z',
      modifiedBy: 'contributor@contoso.onmicrosoft.com',
      modifiedAt: '2025-03-02T11:30:00Z',
      tags: { team: 'ml-platform' },
      description: 'Shared models for Contoso',
    });
    expect(view.mlflowUri).toContain('/mlflow/');
    expect(view.regions).toEqual([
      {
        location: 'eastus',
        isPrimary: true,
        storageAccounts: [{ name: 'mlstorageaccount', type: 'Standard_LRS', hnsEnabled: false, id: expect.stringContaining('/storageAccounts/mlstorageaccount') }],
        acr: { name: 'mlacraccount', sku: 'Premium', id: expect.stringContaining('/registries/mlacraccount') },
      },
      {
        location: 'westus',
        isPrimary: false,
        storageAccounts: [{ name: 'mlstoragewestus', type: 'Standard_GRS', hnsEnabled: true, id: expect.stringContaining('mlstoragewestus') }],
        acr: { name: 'mlacraccount', sku: 'Premium', id: expect.any(String) },
      },
    ]);
  });

  it('fills absent fields with null and survives a minimal body', () => {
    const view = toRegistryView({ location: 'westeurope', properties: {} });
    expect(view).toMatchObject({ name: '', location: 'westeurope', regions: [], additionalRegions: [], identity: null, discoveryUrl: null, createdAt: null, publicNetworkAccess: 'Enabled', description: '', tags: {} });
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
  });
});

describe('parseArmId', () => {
  it('takes apart a registry id in any casing', () => {
    expect(parseArmId('/SUBSCRIPTIONS/abc/resourcegroups/My-RG/providers/Microsoft.MachineLearningServices/registries/Reg1')).toEqual({
      subscriptionId: 'abc',
      resourceGroup: 'My-RG',
      provider: 'Microsoft.MachineLearningServices',
      type: 'registries',
      name: 'Reg1',
      resourceType: 'Microsoft.MachineLearningServices/registries',
      segments: [{ type: 'registries', name: 'Reg1' }],
    });
  });

  it('handles nested resources, subscription-level ids and garbage', () => {
    const nested = parseArmId('/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/registries/r/privateEndpointConnections/pe1');
    expect(nested?.resourceType).toBe('Microsoft.MachineLearningServices/registries/privateEndpointConnections');
    expect(nested?.name).toBe('pe1');
    expect(parseArmId('/subscriptions/s/providers/Microsoft.MachineLearningServices/locations/eastus')?.resourceGroup).toBeNull();
    expect(parseArmId('/subscriptions/s')).toMatchObject({ subscriptionId: 's', resourceGroup: null, name: null });
    for (const bad of ['', 'registries/x', '/tenants/t', undefined, null]) expect(parseArmId(bad)).toBeNull();
    expect(lastIdSegment('/subscriptions/s/resourceGroups/rg-managed/')).toBe('rg-managed');
  });
});
