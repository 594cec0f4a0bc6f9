// Resource groups over real HTTP: PUT 201/200, HEAD 204/404, GET, list paging, DELETE 202 with a
// Location that ends in 200, ResourceGroupBeingDeleted, and cascade delete of registries.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_SUBSCRIPTIONS } from '../seed';
import type { EmulatorFixture } from '../testing/emulator-fixture';
import { pollUntil, registryBody, startFixture, uniqueName } from '../testing/emulator-fixture';

const DEV = SEED_SUBSCRIPTIONS.development.id;
const V = 'api-version=2021-04-01';
type Err = { error: { code: string } };

let emu: EmulatorFixture;
beforeAll(async () => {
  emu = await startFixture({ pageSize: 2 });
});
afterAll(() => emu.close());

describe('resource groups', () => {
  it('creates (201), updates (200), answers HEAD and GET with stored casing', async () => {
    const name = uniqueName('RG-Case');
    const path = `/subscriptions/${DEV}/resourcegroups/${name}?${V}`;
    const created = await emu.arm('PUT', path, { body: { location: 'West Europe', tags: { a: '1' } } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name, location: 'westeurope', type: 'Microsoft.Resources/resourceGroups', properties: { provisioningState: 'Succeeded' } });
    const again = await emu.arm('PUT', `/subscriptions/${DEV}/resourceGroups/${name.toLowerCase()}?${V}`, { body: { location: 'westeurope', tags: { b: '2' } } });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ name, tags: { b: '2' } });
    expect((await emu.arm('HEAD', path)).status).toBe(204);
    expect((await emu.arm('HEAD', `/subscriptions/${DEV}/resourcegroups/${uniqueName('missing')}?${V}`)).status).toBe(404);
    const moved = await emu.arm<Err>('PUT', path, { body: { location: 'eastus' } });
    expect([moved.status, moved.body.error.code]).toEqual([409, 'InvalidResourceGroupLocation']);
  });

  it('pages the list with nextLink and an opaque $skiptoken', async () => {
    const seen: string[] = [];
    let url: string | undefined = `/subscriptions/${DEV}/resourcegroups?${V}`;
    let pages = 0;
    while (url) {
      const page: { body: { value: { name: string }[]; nextLink?: string } } = await emu.arm('GET', url);
      expect(page.body.value.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.value.map((g) => g.name));
      url = page.body.nextLink;
      if (url) expect(url).toMatch(new RegExp(`^${emu.url}/subscriptions/${DEV}/resourcegroups\\?api-version=2021-04-01&%24skiptoken=`));
      pages++;
    }
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining(['rg-ml-dev', 'rg-ml-experiments']));
    const bad = await emu.arm<Err>('GET', `/subscriptions/${DEV}/resourcegroups?${V}&$skiptoken=garbage`);
    expect([bad.status, bad.body.error.code]).toEqual([400, 'InvalidSkipToken']);
  });

  it('deletes with 202 + Location, refuses writes meanwhile, and takes its registries along', async () => {
    const name = uniqueName('rg-del');
    await emu.arm('PUT', `/subscriptions/${DEV}/resourcegroups/${name}?${V}`, { body: { location: 'westus2' } });
    const regName = uniqueName('in-rg');
    const regPath = `/subscriptions/${DEV}/resourceGroups/${name}/providers/Microsoft.MachineLearningServices/registries/${regName}?api-version=2025-09-01`;
    expect((await emu.arm('PUT', regPath, { body: registryBody(['westus2']) })).status).toBe(201);

    const del = await emu.arm('DELETE', `/subscriptions/${DEV}/resourcegroups/${name}?${V}`);
    expect(del.status).toBe(202);
    const location = del.headers.get('location')!;
    expect(location).toMatch(new RegExp(`/subscriptions/${DEV}/operationresults/`));
    const during = await emu.arm<Err>('PUT', regPath, { body: registryBody(['westus2']) });
    expect([during.status, during.body.error.code]).toEqual([409, 'ResourceGroupBeingDeleted']);
    const deleting = await emu.arm<{ properties: { provisioningState: string } }>('GET', `/subscriptions/${DEV}/resourcegroups/${name}?${V}`);
    expect(deleting.body.properties.provisioningState).toBe('Deleting');

    const done = await pollUntil(() => emu.arm('GET', location), (r) => r.status !== 202);
    expect(done.status).toBe(200);
    expect((await emu.arm<Err>('GET', `/subscriptions/${DEV}/resourcegroups/${name}?${V}`)).body.error.code).toBe('ResourceGroupNotFound');
    // The registry is gone, so its tenant-wide name is free again.
    await emu.arm('PUT', `/subscriptions/${DEV}/resourcegroups/${name}?${V}`, { body: { location: 'westus2' } });
    expect((await emu.arm('PUT', regPath, { body: registryBody(['westus2']) })).status).toBe(201);
  });

  it('protects the managed resource group of a registry from direct deletion (deny assignment)', async () => {
    const registry = await emu.arm<{ properties: { managedResourceGroup: { resourceId: string } } }>(
      'GET',
      `/subscriptions/${DEV}/resourceGroups/rg-ml-experiments/providers/Microsoft.MachineLearningServices/registries/nlp-experiments?api-version=2025-09-01`,
    );
    const res = await emu.arm<Err>('DELETE', `${registry.body.properties.managedResourceGroup.resourceId}?${V}`);
    expect([res.status, res.body.error.code]).toEqual([403, 'DenyAssignmentAuthorizationFailed']);
  });

  it('lists the resources of a group (registries) and 404s a missing group', async () => {
    const list = await emu.arm<{ value: { type: string }[]; nextLink?: string }>('GET', `/subscriptions/${DEV}/resourceGroups/rg-ml-experiments/resources?${V}`);
    expect(list.status).toBe(200);
    expect(list.body.value.every((r) => r.type === 'Microsoft.MachineLearningServices/registries')).toBe(true);
    const missing = await emu.arm<Err>('GET', `/subscriptions/${DEV}/resourceGroups/${uniqueName('nope')}/resources?${V}`);
    expect([missing.status, missing.body.error.code]).toEqual([404, 'ResourceGroupNotFound']);
  });
});
