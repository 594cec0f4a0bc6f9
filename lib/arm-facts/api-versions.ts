// Every api-version the console sends, in one place (see ../shared/reference/arm-contract.md §1 and §3).
// Change a version here and every request, list and poll follows.

/** The api-version per ARM surface; pinned, never "latest". */
export const API_VERSIONS = {
  /** Microsoft.MachineLearningServices/registries: the contract recommends pinning 2025-09-01. */
  registries: '2025-09-01',
  /** Microsoft.Resources resource groups and `…/resources` listings (2022-12-01 exists only for subscriptions). */
  resources: '2021-04-01',
  /** GET /subscriptions, /subscriptions/{s}, /subscriptions/{s}/locations. */
  subscriptions: '2022-12-01',
  /** GET/POST /subscriptions/{s}/providers/{namespace}[/register]. */
  providers: '2021-04-01',
  /** Microsoft.Resources/deployments (newest stable). */
  deployments: '2025-04-01',
  /** Microsoft.Authorization permissions, role definitions and role assignments. */
  authorization: '2022-04-01',
  /** Microsoft.ResourceGraph/resources queries. */
  resourceGraph: '2024-04-01',
  /** Microsoft.Storage/storageAccounts: the registry's managed storage accounts. */
  storageAccounts: '2023-05-01',
  /** Microsoft.ContainerRegistry/registries (and replications): the registry's managed ACR. */
  containerRegistries: '2023-07-01',
} as const;

/** Name of one ARM surface in API_VERSIONS. */
export type ArmSurface = keyof typeof API_VERSIONS;

// Resource types (lowercased, as ARM compares them case-insensitively) mapped to the surface whose
// api-version reads them; used when only an ARM id is known (getResourceById).
const VERSION_BY_RESOURCE_TYPE: Record<string, ArmSurface> = {
  'microsoft.machinelearningservices/registries': 'registries',
  'microsoft.resources/resourcegroups': 'resources',
  'microsoft.resources/deployments': 'deployments',
  'microsoft.storage/storageaccounts': 'storageAccounts',
  'microsoft.containerregistry/registries': 'containerRegistries',
  'microsoft.containerregistry/registries/replications': 'containerRegistries',
};

/** The api-version for a resource type such as `Microsoft.Storage/storageAccounts`, or undefined if unknown. */
export function apiVersionForResourceType(resourceType: string): string | undefined {
  const surface = VERSION_BY_RESOURCE_TYPE[resourceType.toLowerCase()];
  return surface ? API_VERSIONS[surface] : undefined;
}
