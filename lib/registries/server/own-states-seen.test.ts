// In one server render the list's Resource Graph answer already holds the registries' own states: the
// on-screen status read that follows uses them and sends no second Resource Graph query. React's cache is
// what scopes them to one request; here it is one module-wide scope, as one render sees it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createArmClient } from '@/lib/arm/client';
import { startFakeArm, staticCredential, type FakeArmServer } from '@/lib/arm/testing/fake-arm-server';
import { listRegistriesViaGraph } from './list-via-graph';
import { listScreenStatuses } from './list-statuses';

vi.mock('server-only', () => ({}));
// Hoisted above the imports: the helper is imported inside the factory.
vi.mock('react', async (original) => (await import('./testing/one-render-cache')).withOneRenderCache(await original<typeof import('react')>()));

const SUB = '22222222-aaaa-4000-8000-000000000001';
const registryId = (name: string) => `/subscriptions/${SUB}/resourceGroups/rg-ml/providers/Microsoft.MachineLearningServices/registries/${name}`;
const GRAPH = '/providers/microsoft.resourcegraph/resources';

let server: FakeArmServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('own states seen by the list read', () => {
  it('decide the on-screen statuses with the deployment histories, without a second Resource Graph query', async () => {
    server = await startFakeArm((req, fake) => {
      const path = new URL(req.url, fake.origin).pathname.toLowerCase();
      if (path === GRAPH) {
        const data = [
          { id: registryId('alpha'), name: 'alpha', location: 'eastus', subscriptionId: SUB, resourceGroup: 'rg-ml', properties: { provisioningState: 'Updating' } },
          { id: registryId('beta'), name: 'beta', location: 'eastus', subscriptionId: SUB, resourceGroup: 'rg-ml', properties: {} },
        ];
        return { status: 200, body: { totalRecords: data.length, count: data.length, data } };
      }
      if (path.endsWith('/providers/microsoft.resources/deployments')) return { status: 200, body: { value: [] } };
      return { status: 404, body: { error: { code: 'NotScripted', message: req.url } } };
    });
    const client = createArmClient({ endpoint: server.origin, credential: staticCredential(), retry: { maxRetries: 0 } });
    await listRegistriesViaGraph(client, { maxPages: 1, firstPageSize: 40 });
    const statuses = await listScreenStatuses(client, [
      { subscriptionId: SUB, resourceGroup: 'rg-ml', name: 'alpha' },
      { subscriptionId: SUB, resourceGroup: 'rg-ml', name: 'beta' },
    ]);
    expect(statuses).toEqual({ byId: { [registryId('alpha').toLowerCase()]: 'Updating', [registryId('beta').toLowerCase()]: 'Ready' }, otherwise: null });
    const graphQueries = server.received.filter((req) => new URL(req.url, server!.origin).pathname.toLowerCase() === GRAPH);
    expect(graphQueries).toHaveLength(1);
  });
});
