import { describe, expect, it } from 'vitest';
import type { WireLocation, WireProvider } from '@/lib/arm/wire-types';
import { normalizeLocation, regionLabel, registryRegionOptions } from './regions';

function location(name: string, displayName: string, geo: string, extra: Partial<NonNullable<WireLocation['metadata']>> = {}, type?: WireLocation['type']): WireLocation {
  return {
    id: `/subscriptions/s/locations/${name}`,
    name,
    type,
    displayName,
    regionalDisplayName: `(${geo}) ${displayName}`,
    metadata: { regionType: 'Physical', regionCategory: 'Other', geographyGroup: geo, ...extra },
  };
}

const provider = (locations: string[], resourceType = 'registries'): WireProvider => ({
  id: '/subscriptions/s/providers/Microsoft.MachineLearningServices',
  namespace: 'Microsoft.MachineLearningServices',
  registrationState: 'Registered',
  resourceTypes: [{ resourceType: 'workspaces', locations: ['Brazil South'] }, { resourceType, locations }],
});

describe('registryRegionOptions', () => {
  const locations = [
    location('westus', 'West US', 'US'),
    location('eastus', 'East US', 'US', { regionCategory: 'Recommended' }),
    location('northeurope', 'North Europe', 'Europe', { regionCategory: 'Recommended' }),
    location('brazilsouth', 'Brazil South', 'South America'),
    location('us', 'United States', 'US', { regionType: 'Logical' }),
    location('eastusstg', 'East US STG', 'US', { regionType: 'Logical' }),
    location('losangeles', 'Los Angeles', 'US', {}, 'EdgeZone'),
    location('westeurope', 'West Europe', 'Europe'),
  ];

  it('keeps physical regions the provider lists for registries, recommended first, then by label', () => {
    const options = registryRegionOptions(locations, provider(['West US', 'East US', 'north europe', 'United States', 'East US STG', 'Los Angeles', 'WestEurope']));
    expect(options.map((o) => o.name)).toEqual(['northeurope', 'eastus', 'westeurope', 'westus']);
    expect(options[1]).toEqual({ name: 'eastus', displayName: 'East US', regionalDisplayName: '(US) East US', recommended: true, geographyGroup: 'US' });
  });

  it('offers nothing when the provider has no registries resource type', () => {
    expect(registryRegionOptions(locations, provider(['East US'], 'workspaces'))).toEqual([]);
  });

  it('matches the resource type case-insensitively', () => {
    expect(registryRegionOptions(locations, provider(['East US'], 'Registries')).map((o) => o.name)).toEqual(['eastus']);
  });
});

describe('normalizeLocation and regionLabel', () => {
  it('normalises display names to region names', () => {
    expect(normalizeLocation('East US 2')).toBe('eastus2');
    expect(normalizeLocation('eastus')).toBe('eastus');
  });

  it('labels a region, or falls back to its name', () => {
    const options = [{ name: 'eastus', displayName: 'East US', regionalDisplayName: '(US) East US', recommended: true, geographyGroup: 'US' }];
    expect(regionLabel('eastus', options)).toBe('(US) East US');
    expect(regionLabel('mars', options)).toBe('mars');
  });
});
