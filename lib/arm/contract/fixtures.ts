// Request bodies the contract specs send, shaped as the Azure SDK and Learn send them (arm-contract §1
// "Minimal client PUT").
import type { WireRegistry, WireRegistryRegionDetails } from '../wire-types';

/** One region entry with a system-created Premium ACR and Standard_LRS storage. */
export function regionDetails(location: string): WireRegistryRegionDetails {
  return {
    location,
    acrDetails: [{ systemCreatedAcrAccount: { acrAccountSku: 'Premium' } }],
    storageAccountDetails: [{ systemCreatedStorageAccount: { storageAccountType: 'Standard_LRS', storageAccountHnsEnabled: false } }],
  };
}

/** A registry PUT body: primary region first, then the additional ones. */
export function registryBody(primary: string, additional: string[] = [], tags: Record<string, string> = { purpose: 'contract-test' }): WireRegistry {
  return {
    location: primary,
    tags,
    identity: { type: 'SystemAssigned' },
    properties: { publicNetworkAccess: 'Enabled', regionDetails: [primary, ...additional].map(regionDetails) },
  };
}
