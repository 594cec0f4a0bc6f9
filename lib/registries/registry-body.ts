// The registry PUT body the console sends: the minimal client PUT of the SDK and Learn (ARM contract §1).
// Server-filled fields (storage/ACR names, armResourceId, discoveryUrl…) are never sent: the backend
// answers unhelpfully when one is empty or invalid.
import type { WireRegistry, WireRegistryRegionDetails } from '@/lib/arm/wire-types';
import type { StorageSetting } from './create-registry-schema';
import { specArmTags, specFromForm, specRegions, type RegistrySpec, type RegistrySpecFields } from './registry-spec';

/** The only ACR SKU registries take (ARM contract §1). */
export const REGISTRY_ACR_SKU = 'Premium';

/** One `regionDetails` entry as a client sends it: Premium ACR, one system-created storage account. */
export function regionDetailsFor(region: string, storage: StorageSetting): WireRegistryRegionDetails {
  return {
    location: region,
    acrDetails: [{ systemCreatedAcrAccount: { acrAccountSku: REGISTRY_ACR_SKU } }],
    storageAccountDetails: [
      { systemCreatedStorageAccount: { storageAccountType: storage.type, storageAccountHnsEnabled: storage.hns } },
    ],
  };
}

/** The PUT body for a spec: SystemAssigned identity, a regionDetails entry per region, tags with the description. */
export function registryBodyFromSpec(spec: RegistrySpec): WireRegistry {
  return {
    location: spec.primaryRegion,
    tags: specArmTags(spec),
    identity: { type: 'SystemAssigned' },
    properties: {
      publicNetworkAccess: spec.publicNetworkAccess,
      regionDetails: specRegions(spec).map((region) => regionDetailsFor(region, spec.storage[region])),
    },
  };
}

/** The PUT body for the wizard's values. */
export function registryPutBody(form: RegistrySpecFields): WireRegistry {
  return registryBodyFromSpec(specFromForm(form));
}
