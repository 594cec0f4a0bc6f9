import { describe, expect, it } from 'vitest';
import type { WireLocation, WireRegistry } from '@/lib/arm/wire-types';
import { compareRowsByName, locationNamesFrom, registryPagePath, toRegistryRow } from './registry-row';

const SUB = '6f1d3a52-0000-4000-8000-000000000001';
const subscription = { subscriptionId: SUB, displayName: 'Contoso ML Production' };

function location(name: string, displayName: string): WireLocation {
  return { id: `/subscriptions/${SUB}/locations/${name}`, name, displayName, regionalDisplayName: `(X) ${displayName}` };
}
const names = locationNamesFrom([location('eastus', 'East US'), location('westeurope', 'West Europe'), location('japaneast', 'Japan East')]);

function registry(overrides: Partial<WireRegistry> = {}): WireRegistry {
  return {
    id: `/subscriptions/${SUB}/resourceGroups/rg-shared/providers/Microsoft.MachineLearningServices/registries/shared-models`,
    name: 'shared-models',
    type: 'Microsoft.MachineLearningServices/registries',
    location: 'eastus',
    tags: { team: 'vision' },
    systemData: { createdAt: '2025-01-02T03:04:05Z', createdBy: 'owner@contoso.onmicrosoft.com' },
    properties: {
      publicNetworkAccess: 'Enabled',
      regionDetails: [{ location: 'eastus' }, { location: 'West Europe' }, { location: 'japaneast' }, { location: 'westeurope' }],
    },
    ...overrides,
  };
}

describe('toRegistryRow', () => {
  it('maps an ARM registry to a row with display names for its primary and additional regions', () => {
    expect(toRegistryRow(registry(), subscription, names)).toEqual({
      id: registry().id,
      name: 'shared-models',
      resourceGroup: 'rg-shared',
      subscriptionId: SUB,
      subscriptionName: 'Contoso ML Production',
      location: 'eastus',
      locationDisplayName: 'East US',
      additionalRegions: [
        { name: 'westeurope', displayName: 'West Europe' },
        { name: 'japaneast', displayName: 'Japan East' },
      ],
      publicNetworkAccess: 'Enabled',
      tags: { team: 'vision' },
      createdAt: '2025-01-02T03:04:05Z',
      createdBy: 'owner@contoso.onmicrosoft.com',
    });
  });

  it('falls back to the ARM region name when the subscription does not list the region', () => {
    const row = toRegistryRow(registry({ location: 'mars-north', properties: {} }), subscription, names);
    expect(row?.locationDisplayName).toBe('mars-north');
    expect(row?.additionalRegions).toEqual([]);
    expect(row?.publicNetworkAccess).toBeNull();
  });

  it('reads the resource group whatever the casing of the id segment, and skips registries without an id', () => {
    const id = `/SUBSCRIPTIONS/${SUB}/resourcegroups/RG-Upper/providers/Microsoft.MachineLearningServices/registries/x1`;
    expect(toRegistryRow(registry({ id, name: 'x1' }), subscription, names)?.resourceGroup).toBe('RG-Upper');
    expect(toRegistryRow(registry({ id: undefined }), subscription, names)).toBeNull();
    expect(toRegistryRow(registry({ id: '/providers/Microsoft.Resources/x' }), subscription, names)).toBeNull();
  });
});

describe('row helpers', () => {
  it('sorts rows by name without regard to case', () => {
    const rows = ['beta', 'Alpha', 'gamma'].map((name) =>
      toRegistryRow(registry({ name, id: `/subscriptions/${SUB}/resourceGroups/rg/providers/p/registries/${name}` }), subscription, names)!,
    );
    expect(rows.sort(compareRowsByName).map((row) => row.name)).toEqual(['Alpha', 'beta', 'gamma']);
  });

  it('builds the registry page path with each segment escaped', () => {
    expect(registryPagePath({ subscriptionId: SUB, resourceGroup: 'rg (ml)', name: 'reg_1' })).toBe(`/registries/${SUB}/rg%20(ml)/reg_1`);
  });
});
