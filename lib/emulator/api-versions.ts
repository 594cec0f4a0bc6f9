// Every api-version the emulator accepts, per ARM surface: the contract's versions plus the ones the
// official SDK clients in node_modules send (@azure/arm-resources 6.1 → 2025-03-01,
// @azure/arm-resources-subscriptions 2.1 → 2022-12-01). Missing or unknown versions get ARM's 400s.
import { invalidApiVersionParameter, missingApiVersionParameter } from './errors';

/** Microsoft.Resources subscriptions / tenants / locations. */
export const SUBSCRIPTIONS_API_VERSIONS = ['2016-06-01', '2018-06-01', '2019-06-01', '2019-11-01', '2020-01-01', '2021-01-01', '2022-12-01'] as const;

/** Microsoft.Resources resource groups, providers, generic resource lists. */
export const RESOURCES_API_VERSIONS = [
  '2019-10-01', '2020-06-01', '2020-10-01', '2021-01-01', '2021-04-01', '2022-09-01', '2023-07-01',
  '2024-03-01', '2024-07-01', '2024-11-01', '2025-03-01', '2025-04-01',
] as const;

/** Microsoft.MachineLearningServices registries (stable 2023-04-01…2026-03-01 and the previews, arm-contract.md §1). */
export const REGISTRIES_API_VERSIONS = [
  '2022-10-01-preview', '2022-12-01-preview', '2023-02-01-preview', '2023-04-01-preview', '2023-06-01-preview', '2023-08-01-preview',
  '2024-01-01-preview', '2024-04-01-preview', '2024-07-01-preview', '2024-10-01-preview', '2025-01-01-preview', '2025-04-01-preview',
  '2025-07-01-preview', '2025-10-01-preview',
  '2023-04-01', '2023-10-01', '2024-04-01', '2024-10-01', '2025-04-01', '2025-06-01', '2025-09-01', '2025-12-01', '2026-03-01',
] as const;

/** Microsoft.Storage storageAccounts. */
export const STORAGE_API_VERSIONS = ['2021-09-01', '2022-09-01', '2023-01-01', '2023-05-01', '2024-01-01', '2025-01-01'] as const;

/** Microsoft.ContainerRegistry registries and replications. */
export const CONTAINER_REGISTRY_API_VERSIONS = ['2023-01-01-preview', '2023-07-01', '2023-11-01-preview', '2024-11-01-preview', '2025-04-01'] as const;

/** Microsoft.Authorization (2022-04-01 is what @azure/arm-authorization 9 sends). */
export const AUTHORIZATION_API_VERSIONS = [
  '2015-07-01', '2018-01-01-preview', '2018-09-01-preview', '2020-04-01-preview', '2020-10-01-preview', '2022-01-01-preview', '2022-04-01', '2022-05-01-preview',
] as const;

/** Microsoft.ResourceGraph/resources. */
export const RESOURCE_GRAPH_API_VERSIONS = ['2019-04-01', '2020-04-01-preview', '2021-03-01', '2022-10-01', '2024-04-01'] as const;

/** Reads `api-version` from the query and checks it against a surface's list (empty list: any); returns it. */
export function requireApiVersion(query: URLSearchParams, supported: readonly string[]): string {
  const version = query.get('api-version');
  if (!version) throw missingApiVersionParameter();
  if (supported.length && !supported.some((v) => v.toLowerCase() === version.toLowerCase())) {
    throw invalidApiVersionParameter(version, [...supported].reverse());
  }
  return version;
}

/** Registry assets (models, environments, components, data, codes): mfe.json ships in the same versions as registries.json. */
export const REGISTRY_ASSETS_API_VERSIONS = REGISTRIES_API_VERSIONS;
