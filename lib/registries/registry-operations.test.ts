import { describe, expect, it } from 'vitest';
import type { WireRegistry } from '@/lib/arm/wire-types';
import {
  addRegionsProblem,
  newRegionStorage,
  registryRegions,
  removeRegionsBody,
  removeRegionsProblem,
  tagsPatchBody,
  updateTagsInputSchema,
  withAddedRegions,
} from './registry-operations';
import { makeWireRegistry } from './wire-registry.fixture';

// The emulator adds a provisioningState the real API does not have; a PUT must not echo it.
function withEmulatorState(wire: WireRegistry): WireRegistry {
  return { ...wire, properties: { ...wire.properties, provisioningState: 'Succeeded' } as WireRegistry['properties'] };
}

describe('registryRegions', () => {
  it('lists the primary first, canonical names, no duplicates', () => {
    expect(registryRegions(makeWireRegistry())).toEqual(['eastus', 'westus']);
  });
});

describe('addRegionsProblem', () => {
  const wire = makeWireRegistry();
  const supported = ['eastus', 'westus', 'northeurope', 'japaneast'];
  it('accepts supported regions the registry lacks', () => {
    expect(addRegionsProblem(wire, ['northeurope', 'japaneast'], supported)).toBeNull();
  });
  it('refuses an empty choice, a region already present, a repeat and an unsupported region', () => {
    expect(addRegionsProblem(wire, [], supported)).toMatch(/at least one/);
    expect(addRegionsProblem(wire, ['westus'], supported)).toMatch(/already has the region "westus"/);
    expect(addRegionsProblem(wire, ['northeurope', 'northeurope'], supported)).toMatch(/twice/);
    expect(addRegionsProblem(wire, ['mars'], supported)).toMatch(/cannot be created in "mars"/);
  });
});

describe('withAddedRegions', () => {
  it('PUTs the full registry with the new region appended and server-only fields left out', () => {
    const wire = withEmulatorState(makeWireRegistry());
    const body = withAddedRegions(wire, ['northeurope']);
    expect(body.location).toBe('eastus');
    expect(body.tags).toEqual(wire.tags);
    expect(body.identity).toEqual({ type: 'SystemAssigned' });
    expect(body.sku).toEqual(wire.sku);
    expect(body.properties.publicNetworkAccess).toBe('Disabled');
    expect(body.properties.intellectualPropertyPublisher).toBe('contoso');
    expect(body).not.toHaveProperty('id');
    expect(body).not.toHaveProperty('systemData');
    for (const key of ['discoveryUrl', 'mlFlowRegistryUri', 'managedResourceGroup', 'provisioningState']) {
      expect(body.properties).not.toHaveProperty(key);
    }
    const regions = body.properties.regionDetails ?? [];
    expect(regions.map((r) => r.location)).toEqual(['eastus', 'West US', 'northeurope']);
    // Existing regions go back as ARM returned them, so their storage accounts and ACR are kept.
    expect(regions.slice(0, 2)).toEqual(wire.properties.regionDetails);
    expect(regions[2]).toEqual({
      location: 'northeurope',
      acrDetails: [{ systemCreatedAcrAccount: { acrAccountSku: 'Premium' } }],
      storageAccountDetails: [{ systemCreatedStorageAccount: { storageAccountType: 'Standard_LRS', storageAccountHnsEnabled: false } }],
    });
  });

  it('gives new regions the primary region storage settings unless told otherwise', () => {
    const wire = makeWireRegistry();
    wire.properties.regionDetails![0].storageAccountDetails![0].systemCreatedStorageAccount!.storageAccountType = 'Standard_ZRS';
    expect(newRegionStorage(wire)).toEqual({ type: 'Standard_ZRS', hns: false });
    const custom = withAddedRegions(wire, ['japaneast'], { type: 'Premium_LRS', hns: true });
    expect(custom.properties.regionDetails?.at(-1)?.storageAccountDetails).toEqual([
      { systemCreatedStorageAccount: { storageAccountType: 'Premium_LRS', storageAccountHnsEnabled: true } },
    ]);
  });

  it('does not change the registry it was given', () => {
    const wire = makeWireRegistry();
    const before = structuredClone(wire);
    withAddedRegions(wire, ['northeurope']);
    expect(wire).toEqual(before);
  });
});

describe('removeRegions', () => {
  const wire = makeWireRegistry();
  it('refuses the primary region and regions the registry does not have', () => {
    expect(removeRegionsProblem(wire, ['eastus'])).toMatch(/primary region: it cannot be removed/);
    expect(removeRegionsProblem(wire, ['japaneast'])).toMatch(/not a region of this registry/);
    expect(removeRegionsProblem(wire, [])).toMatch(/at least one/);
    expect(removeRegionsProblem(wire, ['westus'])).toBeNull();
  });
  it('names only the regions to remove, each as ARM returned it', () => {
    const body = removeRegionsBody(wire, ['westus']);
    expect(body.location).toBe('eastus');
    expect(body.properties.regionDetails).toEqual([wire.properties.regionDetails![1]]);
  });
});

describe('tags PATCH', () => {
  it('replaces all tags with the rows plus the description tag', () => {
    expect(tagsPatchBody({ tags: [{ name: 'team', value: 'vision' }], description: ' Shared models ' })).toEqual({
      tags: { team: 'vision', description: 'Shared models' },
    });
    expect(tagsPatchBody({ tags: [], description: '' })).toEqual({ tags: {} });
  });
  it('applies the wizard tag rules', () => {
    const bad = updateTagsInputSchema.safeParse({ tags: [{ name: 'azure-env', value: 'x' }, { name: 'a/b', value: 'y' }], description: '' });
    expect(bad.success).toBe(false);
    const messages = bad.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
    expect(messages).toEqual([
      expect.stringMatching(/^tags\.0\.name: .*reserves that prefix/),
      expect.stringMatching(/^tags\.1\.name: Remove "\/"/),
    ]);
    expect(updateTagsInputSchema.safeParse({ tags: [], description: 'x'.repeat(257) }).success).toBe(false);
    expect(updateTagsInputSchema.safeParse({ tags: [{ name: 'Team', value: '1' }, { name: 'team', value: '2' }], description: '' }).success).toBe(false);
  });
});
