// Identity specs' own data and ARM reads: registries in a chosen subscription (the registry-page fixture
// always uses Production), and ARM calls as any seeded principal, read over HTTP as any ARM client would.
import { expect, type APIRequestContext } from '@playwright/test';
import { ARM_URL, tokenFor } from '../support/emulator';
import { uniqueName, type TestRegistry } from '../registry-page/registry-fixture';

/** api-versions the specs use (lib/arm-facts/api-versions.ts). */
export const API = { registry: 'api-version=2025-09-01', resourceGroup: 'api-version=2021-04-01', authorization: 'api-version=2022-04-01' };

/** One ARM call as `principal` (user principal name); resolves with status and parsed body. */
export async function armAs(request: APIRequestContext, principal: string, method: string, pathAndQuery: string, data?: unknown) {
  const token = await tokenFor(request, principal);
  const response = await request.fetch(`${ARM_URL}${pathAndQuery}`, { method, data, headers: { Authorization: `Bearer ${token}` } });
  const text = await response.text();
  return { status: response.status(), body: text ? (JSON.parse(text) as Record<string, unknown>) : null };
}

/** A provisioned registry (one region) in a new resource group of `subscriptionId`, created by the Owner. */
export async function createRegistryIn(request: APIRequestContext, subscriptionId: string, prefix: string): Promise<TestRegistry> {
  const owner = 'owner@contoso.onmicrosoft.com';
  const name = uniqueName(prefix);
  const resourceGroup = `rg-${name}`;
  const rg = await armAs(request, owner, 'PUT', `/subscriptions/${subscriptionId}/resourcegroups/${resourceGroup}?${API.resourceGroup}`, { location: 'eastus' });
  expect(rg.status, JSON.stringify(rg.body)).toBeLessThan(300);
  const armPath = `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/providers/Microsoft.MachineLearningServices/registries/${name}`;
  const put = await armAs(request, owner, 'PUT', `${armPath}?${API.registry}`, {
    location: 'eastus',
    tags: { team: 'ml' },
    identity: { type: 'SystemAssigned' },
    properties: {
      publicNetworkAccess: 'Enabled',
      regionDetails: [
        {
          location: 'eastus',
          acrDetails: [{ systemCreatedAcrAccount: { acrAccountSku: 'Premium' } }],
          storageAccountDetails: [{ systemCreatedStorageAccount: { storageAccountType: 'Standard_LRS', storageAccountHnsEnabled: false } }],
        },
      ],
    },
  });
  expect(put.status, JSON.stringify(put.body)).toBe(201);
  // The emulator's provisioningState (Azure's registries have none) says when its create operation ended.
  await expect
    .poll(async () => ((await armAs(request, owner, 'GET', `${armPath}?${API.registry}`)).body?.properties as { provisioningState?: string })?.provisioningState, {
      timeout: 20_000,
    })
    .toBe('Succeeded');
  return { subscriptionId, resourceGroup, name, path: `/registries/${subscriptionId}/${resourceGroup}/${name}`, armPath };
}

/** The actions of `principal`'s permission blocks at `scope`, as ARM's permissions API answers (sorted, deduplicated). */
export async function permittedActions(request: APIRequestContext, principal: string, scope: string): Promise<string[]> {
  const reply = await armAs(request, principal, 'GET', `${scope}/providers/Microsoft.Authorization/permissions?${API.authorization}`);
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  const blocks = reply.body!.value as { actions: string[] }[];
  return [...new Set(blocks.flatMap((b) => b.actions))].sort();
}
