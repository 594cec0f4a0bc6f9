// Resource providers the emulator serves and what `GET /subscriptions/{s}/providers/{ns}` reports for
// them. `locations` are DISPLAY names, as ARM returns them (arm-contract.md §3 "Provider"). Registries
// deliberately leave out some real regions (e.g. Qatar Central, Poland Central) so "unsupported
// region" paths can be exercised.
import { CONTAINER_REGISTRY_API_VERSIONS, REGISTRIES_API_VERSIONS, STORAGE_API_VERSIONS } from '../api-versions';
import { normalizeLocation } from './azure-regions';

/** One resource type of a provider. */
export interface ResourceTypeData {
  resourceType: string;
  locations: string[];
  apiVersions: readonly string[];
  defaultApiVersion?: string;
  capabilities?: string;
}

/** One provider namespace. */
export interface ProviderData {
  namespace: string;
  /** Registered in every subscription unless a seed says otherwise. */
  registeredByDefault: boolean;
  resourceTypes: ResourceTypeData[];
}

/** Regions (display names) where Microsoft.MachineLearningServices/registries can be created. */
export const REGISTRY_REGIONS: readonly string[] = [
  'Australia East', 'Brazil South', 'Canada Central', 'Central India', 'Central US', 'East Asia', 'East US', 'East US 2',
  'France Central', 'Germany West Central', 'Japan East', 'Japan West', 'Korea Central', 'North Central US', 'North Europe',
  'Norway East', 'South Africa North', 'South Central US', 'Southeast Asia', 'Sweden Central', 'Switzerland North', 'UAE North',
  'UK South', 'West Central US', 'West Europe', 'West US', 'West US 2', 'West US 3',
];

const STORAGE_REGIONS = REGISTRY_REGIONS;
const ML_STABLE = REGISTRIES_API_VERSIONS.filter((v) => !v.endsWith('-preview'));

/** The providers the emulator serves. */
export const PROVIDERS: readonly ProviderData[] = [
  {
    namespace: 'Microsoft.MachineLearningServices',
    registeredByDefault: false,
    resourceTypes: [
      { resourceType: 'registries', locations: [...REGISTRY_REGIONS], apiVersions: [...REGISTRIES_API_VERSIONS].reverse(), defaultApiVersion: '2025-09-01', capabilities: 'SystemAssignedResourceIdentity, SupportsTags, SupportsLocation' },
      { resourceType: 'locations', locations: [], apiVersions: [...ML_STABLE].reverse() },
      { resourceType: 'locations/registryOperationsStatus', locations: [...REGISTRY_REGIONS], apiVersions: [...REGISTRIES_API_VERSIONS].reverse() },
      { resourceType: 'operations', locations: [], apiVersions: [...ML_STABLE].reverse() },
    ],
  },
  {
    namespace: 'Microsoft.Storage',
    registeredByDefault: true,
    resourceTypes: [
      { resourceType: 'storageAccounts', locations: [...STORAGE_REGIONS], apiVersions: [...STORAGE_API_VERSIONS].reverse(), defaultApiVersion: '2023-05-01', capabilities: 'CrossResourceGroupResourceMove, CrossSubscriptionResourceMove, SystemAssignedResourceIdentity, SupportsTags, SupportsLocation' },
    ],
  },
  {
    namespace: 'Microsoft.ContainerRegistry',
    registeredByDefault: true,
    resourceTypes: [
      { resourceType: 'registries', locations: [...STORAGE_REGIONS], apiVersions: [...CONTAINER_REGISTRY_API_VERSIONS].reverse(), defaultApiVersion: '2023-07-01', capabilities: 'CrossResourceGroupResourceMove, CrossSubscriptionResourceMove, SystemAssignedResourceIdentity, SupportsTags, SupportsLocation' },
      { resourceType: 'registries/replications', locations: [...STORAGE_REGIONS], apiVersions: [...CONTAINER_REGISTRY_API_VERSIONS].reverse(), capabilities: 'SupportsTags, SupportsLocation' },
    ],
  },
];

/** A provider by namespace (case-insensitive). */
export function findProvider(namespace: string): ProviderData | undefined {
  return PROVIDERS.find((p) => p.namespace.toLowerCase() === namespace.toLowerCase());
}

/** True when registries can be created in the location (name or display name). */
export function registrySupportsLocation(location: string): boolean {
  const key = normalizeLocation(location);
  return REGISTRY_REGIONS.some((r) => normalizeLocation(r) === key);
}

/** Canonical location names where registries are available, for ARM's error message. */
export const REGISTRY_LOCATION_NAMES: readonly string[] = REGISTRY_REGIONS.map(normalizeLocation);
