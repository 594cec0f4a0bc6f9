// The storage a new region gets, in words, for the Add regions dialog: the primary region's settings,
// as lib/registries/registry-operations newRegionStorage gives the action.
import type { RegistryDetails } from '@/lib/registries/registry-details';

/** "Standard_LRS, hierarchical namespace off" for the primary region's first storage account. */
export function newRegionStorageSummary(details: Pick<RegistryDetails, 'regions'>): string {
  const account = details.regions.find((r) => r.isPrimary)?.storageAccounts[0];
  const type = account?.type ?? 'Standard_LRS';
  return `${type}, hierarchical namespace ${account?.hnsEnabled ? 'on' : 'off'}`;
}
