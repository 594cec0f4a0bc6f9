// Each registry-page spec makes its own registry through ARM with the Owner's token (as any ARM client
// would), waits until the emulator has provisioned it, and reads ARM's truth back over HTTP.
import { expect, type APIRequestContext } from '@playwright/test';
import { SEED_SUBSCRIPTIONS } from '@/lib/emulator/seed/subscriptions';
import { registryBody } from '@/lib/emulator/testing/registry-body';
import { ARM_URL, tokenFor } from '../support/emulator';

/** The subscription test registries live in (Microsoft.MachineLearningServices is registered there). */
export const TEST_SUBSCRIPTION = SEED_SUBSCRIPTIONS.production;
const REGISTRY_API = 'api-version=2025-09-01';
const RG_API = 'api-version=2021-04-01';

/** A registry a spec created. */
export interface TestRegistry {
  subscriptionId: string;
  resourceGroup: string;
  name: string;
  /** `/registries/{sub}/{rg}/{name}` */
  path: string;
  /** ARM path of the registry (no api-version). */
  armPath: string;
}

/** A name no other test uses: `prefix` plus a random suffix (registry names are unique per tenant). */
export function uniqueName(prefix: string): string {
  return `${prefix}-${Math.random().toString(36).slice(2, 8)}`;
}

async function arm(request: APIRequestContext, method: string, pathAndQuery: string, data?: unknown) {
  const token = await tokenFor(request);
  return request.fetch(`${ARM_URL}${pathAndQuery}`, { method, data, headers: { Authorization: `Bearer ${token}` } });
}

/** GET a registry as ARM returns it (status and body). */
export async function getRegistryJson(request: APIRequestContext, registry: TestRegistry) {
  const response = await arm(request, 'GET', `${registry.armPath}?${REGISTRY_API}`);
  return { status: response.status(), body: response.status() === 200 ? await response.json() : null };
}

type RegionDetail = { location: string; storageAccountDetails: { systemCreatedStorageAccount: { storageAccountName?: string } }[]; acrDetails: { systemCreatedAcrAccount: { acrAccountName?: string } }[] };

/** The regions ARM reports, with each region's storage account name once provisioned. */
export async function registryRegions(request: APIRequestContext, registry: TestRegistry): Promise<{ location: string; storage: string | null; acr: string | null }[]> {
  const { body } = await getRegistryJson(request, registry);
  return ((body?.properties?.regionDetails ?? []) as RegionDetail[]).map((r) => ({
    location: r.location,
    storage: r.storageAccountDetails[0]?.systemCreatedStorageAccount.storageAccountName ?? null,
    acr: r.acrDetails[0]?.systemCreatedAcrAccount.acrAccountName ?? null,
  }));
}

/** The body of a registry PUT: `regions` (primary first), each with one Standard_LRS account and the Premium ACR. */
export const registryRequestBody = registryBody;

/** Creates a resource group and a registry in it (primary first in `regions`), and waits until it is provisioned. */
export async function createTestRegistry(
  request: APIRequestContext,
  options: { prefix: string; regions: string[]; tags?: Record<string, string> },
): Promise<TestRegistry> {
  const name = uniqueName(options.prefix);
  const resourceGroup = `rg-${name}`;
  const subscriptionId = TEST_SUBSCRIPTION.id;
  const rg = await arm(request, 'PUT', `/subscriptions/${subscriptionId}/resourcegroups/${resourceGroup}?${RG_API}`, { location: options.regions[0] });
  expect(rg.status(), await rg.text()).toBeLessThan(300);
  const armPath = `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/providers/Microsoft.MachineLearningServices/registries/${name}`;
  const put = await arm(request, 'PUT', `${armPath}?${REGISTRY_API}`, registryRequestBody(options.regions, options.tags));
  expect(put.status(), await put.text()).toBe(201);
  const registry = { subscriptionId, resourceGroup, name, path: `/registries/${subscriptionId}/${resourceGroup}/${name}`, armPath };
  // The emulator's own provisioningState (Azure's registries have none) says when its create operation ended.
  await expect.poll(async () => (await getRegistryJson(request, registry)).body?.properties?.provisioningState, { timeout: 20_000 }).toBe('Succeeded');
  expect((await registryRegions(request, registry)).every((r) => r.storage && r.acr)).toBe(true);
  return registry;
}

/** GET a resource group's HTTP status (200 while it exists, 404 once deleted). */
export async function resourceGroupStatus(request: APIRequestContext, subscriptionId: string, resourceGroup: string): Promise<number> {
  return (await arm(request, 'GET', `/subscriptions/${subscriptionId}/resourcegroups/${resourceGroup}?${RG_API}`)).status();
}

/** Adds an HTTP fault rule to the emulator (loopback control endpoint). */
export async function addHttpFault(
  request: APIRequestContext,
  rule: { match: { method: string; path: string }; times: number } & ({ status: number; code: string; message: string } | { latencyMs: number }),
) {
  const response = await request.post(`${ARM_URL}/_emulator/faults`, { data: rule });
  expect(response.status(), await response.text()).toBeLessThan(300);
}
