// Asset specs' data: the seeded contoso-prod-registry (read only: specs never change it, others read it
// too), and for changes a registry of the spec's own with models published through ARM as the Owner, as
// any ARM client would, waited on until ARM reports them Succeeded.
import { expect, type APIRequestContext } from '@playwright/test';
import { ARM_URL, tokenFor } from '../support/emulator';
import { createTestRegistry, TEST_SUBSCRIPTION, type TestRegistry } from '../registry-page/registry-fixture';

const API = 'api-version=2025-09-01';

/** The seeded registry that holds every kind of asset (lib/emulator/seed/assets.ts). */
export const SEEDED = {
  subscriptionId: TEST_SUBSCRIPTION.id,
  resourceGroup: 'rg-ml-prod',
  name: 'contoso-prod-registry',
  path: `/registries/${TEST_SUBSCRIPTION.id}/rg-ml-prod/contoso-prod-registry`,
};

/** ARM call as the seeded Owner. */
export async function armAsOwner(request: APIRequestContext, method: string, pathAndQuery: string, data?: unknown) {
  const token = await tokenFor(request);
  const response = await request.fetch(`${ARM_URL}${pathAndQuery}`, { method, data, headers: { Authorization: `Bearer ${token}` } });
  const text = await response.text();
  return { status: response.status(), body: text ? (JSON.parse(text) as { properties?: Record<string, unknown> } & Record<string, unknown>) : null };
}

/** ARM path of a model version. */
export function modelVersionPath(registry: TestRegistry, model: string, version: string): string {
  return `${registry.armPath}/models/${model}/versions/${version}`;
}

/** A new registry (eastus + westus2) holding model `model` with `versions` versions, all Succeeded. */
export async function createRegistryWithModel(request: APIRequestContext, prefix: string, model: string, versions: number): Promise<TestRegistry> {
  const registry = await createTestRegistry(request, { prefix, regions: ['eastus', 'westus2'] });
  for (let v = 1; v <= versions; v++) {
    const put = await armAsOwner(request, 'PUT', `${modelVersionPath(registry, model, String(v))}?${API}`, {
      properties: { description: `${model} v${v}`, tags: { stage: 'test' }, modelType: 'custom_model', modelUri: `https://example.com/${model}/${v}` },
    });
    expect(put.status, JSON.stringify(put.body)).toBeLessThan(300);
  }
  await expect
    .poll(async () => (await armAsOwner(request, 'GET', `${modelVersionPath(registry, model, String(versions))}?${API}`)).body?.properties?.provisioningState, { timeout: 20_000 })
    .toBe('Succeeded');
  return registry;
}

/** A model version's properties as ARM holds them (null when it is gone). */
export async function modelVersionJson(request: APIRequestContext, registry: TestRegistry, model: string, version: string) {
  const reply = await armAsOwner(request, 'GET', `${modelVersionPath(registry, model, version)}?${API}`);
  return reply.status === 200 ? (reply.body?.properties ?? null) : null;
}
