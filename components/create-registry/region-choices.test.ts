import { describe, expect, it } from 'vitest';
import type { RegionOption } from '@/lib/registries/regions';
import { filterRegions, proposedPrimary, typedMatch, withAdditional, withPrimary } from './region-choices';

const base = {
  primaryRegion: 'eastus',
  additionalRegions: ['westeurope', 'westus2'],
  advanced: {
    storage: { eastus: { type: 'Standard_LRS' as const, hns: false }, westus2: { type: 'Standard_ZRS' as const, hns: true } },
    publicNetworkAccess: 'Enabled' as const,
  },
};

describe('region choices', () => {
  it('a new primary leaves the additional list and takes no stray storage with it', () => {
    const next = withPrimary(base, 'westus2');
    expect(next.additionalRegions).toEqual(['westeurope']);
    expect(Object.keys(next.advanced.storage)).toEqual(['westus2']);
  });

  it('dropping an additional region drops its storage settings; the primary cannot be added twice', () => {
    const next = withAdditional(base, ['westeurope', 'eastus', 'westeurope']);
    expect(next.additionalRegions).toEqual(['westeurope']);
    expect(Object.keys(next.advanced.storage)).toEqual(['eastus']);
  });

  it('filters by display name or region name', () => {
    const options: RegionOption[] = [
      { name: 'eastus', displayName: 'East US', regionalDisplayName: '(US) East US', recommended: true, geographyGroup: 'US' },
      { name: 'westeurope', displayName: 'West Europe', regionalDisplayName: '(Europe) West Europe', recommended: true, geographyGroup: 'Europe' },
    ];
    expect(filterRegions(options, 'east us').map((o) => o.name)).toEqual(['eastus']);
    expect(filterRegions(options, 'europe').map((o) => o.name)).toEqual(['westeurope']);
    expect(filterRegions(options, '')).toHaveLength(2);
  });

  it("proposes the resource group's region as primary only where registries are offered", () => {
    const options = [
      { name: 'eastus', displayName: 'East US', regionalDisplayName: '(US) East US', recommended: true, geographyGroup: 'US' },
      { name: 'westeurope', displayName: 'West Europe', regionalDisplayName: '(Europe) West Europe', recommended: true, geographyGroup: 'Europe' },
    ];
    expect(proposedPrimary('West Europe', options)).toBe('westeurope');
    expect(proposedPrimary('eastus', options)).toBe('eastus');
    expect(proposedPrimary('brazilsouth', options)).toBeNull();
  });

  it('Enter on typed text picks the exact region, else the first shown match (recommended first), else nothing', () => {
    const options: RegionOption[] = [
      { name: 'brazilsouth', displayName: 'Brazil South', regionalDisplayName: '(South America) Brazil South', recommended: false, geographyGroup: 'South America' },
      { name: 'eastus2', displayName: 'East US 2', regionalDisplayName: '(US) East US 2', recommended: true, geographyGroup: 'US' },
      { name: 'eastus', displayName: 'East US', regionalDisplayName: '(US) East US', recommended: true, geographyGroup: 'US' },
      { name: 'northeurope', displayName: 'North Europe', regionalDisplayName: '(Europe) North Europe', recommended: true, geographyGroup: 'Europe' },
    ];
    expect(typedMatch(options, 'East US')).toBe('eastus');
    expect(typedMatch(options, 'east')).toBe('eastus2');
    expect(typedMatch(options, 'south')).toBe('brazilsouth');
    expect(typedMatch(options, '(Europe) North Europe')).toBe('northeurope');
    expect(typedMatch(options, 'mars')).toBeNull();
  });
});
