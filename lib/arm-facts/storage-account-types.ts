// The storage account types ARM accepts for a registry region's managed storage account
// (Microsoft.MachineLearningServices registries, systemCreatedStorageAccount.storageAccountType).

/** Storage account type values ARM accepts for a registry region. */
export const STORAGE_ACCOUNT_TYPES = [
  'Standard_LRS',
  'Standard_GRS',
  'Standard_RAGRS',
  'Standard_ZRS',
  'Standard_GZRS',
  'Standard_RAGZRS',
  'Premium_LRS',
  'Premium_ZRS',
] as const;

/** One of the eight storage account types. */
export type StorageAccountType = (typeof STORAGE_ACCOUNT_TYPES)[number];
