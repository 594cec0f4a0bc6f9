import { describe, expect, it } from 'vitest';
import type { RegionOption } from '@/lib/registries/regions';
import { filterRegions, withAdditional, withPrimary } from './region-choices';

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
});
