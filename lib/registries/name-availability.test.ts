import { describe, expect, it } from 'vitest';
import { findRegistryNamed, nameAvailability } from './name-availability';

const existing = [
  { name: 'ContosoShared', id: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/registries/ContosoShared' },
  { name: 'vision-models' },
];

describe('name availability', () => {
  it('finds a taken name ignoring case', () => {
    expect(findRegistryNamed('contososhared', existing)?.name).toBe('ContosoShared');
    expect(findRegistryNamed('VISION-MODELS', existing)?.name).toBe('vision-models');
  });

  it('reports a free name as available', () => {
    expect(nameAvailability('contoso-shared', existing)).toEqual({ available: true });
  });

  it('says the name is used in the organization, with the other casing and the id', () => {
    const result = nameAvailability('CONTOSOSHARED', existing);
    expect(result.available).toBe(false);
    if (result.available) return;
    expect(result.message).toMatch(/already uses this name \(as "ContosoShared"\)/);
    expect(result.takenBy).toBe(existing[0].id);
  });
});
