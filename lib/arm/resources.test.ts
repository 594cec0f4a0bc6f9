import { describe, expect, it } from 'vitest';
import { resourceTypeOfId } from './resources';

describe('resourceTypeOfId', () => {
  it('names the type of provider, child, resource group and subscription ids', () => {
    expect(resourceTypeOfId('/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/sa')).toBe('Microsoft.Storage/storageAccounts');
    expect(resourceTypeOfId('/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerRegistry/registries/acr/replications/westus')).toBe(
      'Microsoft.ContainerRegistry/registries/replications',
    );
    expect(resourceTypeOfId('/subscriptions/s/resourceGroups/rg')).toBe('Microsoft.Resources/resourceGroups');
    expect(resourceTypeOfId('/subscriptions/s')).toBe('Microsoft.Resources/subscriptions');
    expect(() => resourceTypeOfId('/subscriptions/s/resourceGroups')).toThrow(/Cannot tell/);
  });
});
