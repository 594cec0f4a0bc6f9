// The ARM calls one server render of /registries makes, as the page composes its reads (the list's first
// Resource Graph page, then the on-screen statuses): the first render of a principal reads the names, the
// page and each on-screen group's deployment history once; a render within the history's age makes one call,
// the Resource Graph page. 40 people opening the list then cost ARM 40 queries, not 40 × (1 + groups).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createArmClient } from '@/lib/arm/client';
import { startFakeArm, staticCredential, type FakeArmServer } from '@/lib/arm/testing/fake-arm-server';
import { LIST_FIRST_PAGE_ROWS } from '@/lib/registries/registry-list';
import { SCREEN_HISTORY_MAX_AGE_MS } from './group-activities';
import { listRegistries } from './list-registries';
import { listScreenStatuses } from './list-statuses';

vi.mock('server-only', () => ({}));
// Hoisted above the imports: the helper is imported inside the factory.
vi.mock('react', async (original) => (await import('./testing/one-render-cache')).withOneRenderCache(await original<typeof import('react')>()));

const SUB = '33333333-aaaa-4000-8000-000000000001';
const GROUPS = ['rg-a', 'rg-b', 'rg-c'];
const registries = Array.from({ length: 9 }, (_, i) => {
  const resourceGroup = GROUPS[i % GROUPS.length];
  const name = `reg-${i}`;
  return { id: `/subscriptions/${SUB}/resourceGroups/${resourceGroup}/providers/Microsoft.MachineLearningServices/registries/${name}`, name, location: 'eastus', subscriptionId: SUB, resourceGroup, properties: { provisioningState: 'Succeeded' } };
});

let server: FakeArmServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function fakeArm(): Promise<FakeArmServer> {
  return startFakeArm((req, fake) => {
    const path = new URL(req.url, fake.origin).pathname.toLowerCase();
    if (path === '/providers/microsoft.resourcegraph/resources') return { status: 200, body: { totalRecords: registries.length, count: registries.length, data: registries } };
    if (path === '/subscriptions') return { status: 200, body: { value: [{ id: `/subscriptions/${SUB}`, subscriptionId: SUB, displayName: 'Sub', state: 'Enabled' }] } };
    if (path.endsWith('/locations')) return { status: 200, body: { value: [{ name: 'eastus', displayName: 'East US' }] } };
    if (path.endsWith('/providers/microsoft.resources/deployments')) return { status: 200, body: { value: [] } };
    return { status: 404, body: { error: { code: 'NotScripted', message: req.url } } };
  });
}

const callsOf = (fake: FakeArmServer, from: number) =>
  fake.received.slice(from).map((req) => `${req.method} ${new URL(req.url, fake.origin).pathname.toLowerCase().replace(`/subscriptions/${SUB}`, '/s')}`).sort();

describe('one server render of the registries list', () => {
  it('reads names, the page and each on-screen group once, then only the page while the histories are fresh', async () => {
    const fake = (server = await fakeArm());
    const client = createArmClient({ endpoint: fake.origin, credential: staticCredential(), retry: { maxRetries: 0 } });
    const render = async () => {
      const list = await listRegistries(client, { maxPages: 1, firstPageSize: LIST_FIRST_PAGE_ROWS });
      return listScreenStatuses(client, list.rows, { historyMaxAgeMs: SCREEN_HISTORY_MAX_AGE_MS });
    };

    const first = await render();
    expect(Object.values(first.byId)).toEqual(registries.map(() => 'Ready'));
    expect(callsOf(fake, 0)).toEqual([
      'GET /s/locations',
      ...GROUPS.map((g) => `GET /s/resourcegroups/${g}/providers/microsoft.resources/deployments`),
      'GET /subscriptions',
      'POST /providers/microsoft.resourcegraph/resources',
    ]);

    const before = fake.received.length;
    const second = await render();
    expect(second).toEqual(first);
    expect(callsOf(fake, before)).toEqual(['POST /providers/microsoft.resourcegraph/resources']);
  });
});
