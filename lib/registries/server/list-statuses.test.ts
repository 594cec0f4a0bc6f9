// Registry statuses from resource groups' deployment history, over real HTTP against a scripted ARM whose
// registries (as Azure's) report no provisioningState: a
// running deployment makes its registry Creating, a failed one Failed, a later success Ready again, and only
// deployments that did not succeed cost an operations request.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createArmClient } from '@/lib/arm/client';
import { startFakeArm, staticCredential, type FakeArmServer } from '@/lib/arm/testing/fake-arm-server';
import { listRegistryStatuses } from './list-statuses';

// 'server-only' throws outside React's server condition; this module is server-only by design, not in a test.
vi.mock('server-only', () => ({}));

const SUB = '22222222-aaaa-4000-8000-000000000001';
const RG = `/subscriptions/${SUB}/resourcegroups/rg-ml/providers/Microsoft.Resources/deployments`;
const registryId = (name: string) => `/subscriptions/${SUB}/resourceGroups/rg-ml/providers/Microsoft.MachineLearningServices/registries/${name}`;

function deployment(name: string, provisioningState: string, timestamp: string, outputs: string[] = []) {
  return { id: `${RG}/${name}`, name, properties: { provisioningState, timestamp, outputResources: outputs.map((id) => ({ id })) } };
}
function operations(target: string, provisioningState: string) {
  return {
    value: [
      {
        operationId: 'op-1',
        properties: {
          provisioningOperation: 'Create',
          provisioningState,
          targetResource: { id: target, resourceType: 'Microsoft.MachineLearningServices/registries', resourceName: target.split('/').at(-1) },
        },
      },
    ],
  };
}

let server: FakeArmServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('listRegistryStatuses', () => {
  it('derives Creating, Failed and Ready from deployments and their operations', async () => {
    server = await startFakeArm((req, fake) => {
      const path = new URL(req.url, fake.origin).pathname.toLowerCase();
      if (path === RG.toLowerCase()) {
        return {
          status: 200,
          body: {
            value: [
              deployment('create-alpha', 'Running', '2025-05-02T00:00:00Z'),
              deployment('create-beta', 'Failed', '2025-05-01T00:00:00Z'),
              deployment('create-gamma-1', 'Failed', '2025-04-01T00:00:00Z'),
              deployment('create-gamma-2', 'Succeeded', '2025-04-02T00:00:00Z', [registryId('gamma')]),
            ],
          },
        };
      }
      if (path === `${RG}/create-alpha/operations`.toLowerCase()) return { status: 200, body: operations(registryId('alpha'), 'Running') };
      if (path === `${RG}/create-beta/operations`.toLowerCase()) return { status: 200, body: operations(registryId('beta'), 'Failed') };
      if (path === `${RG}/create-gamma-1/operations`.toLowerCase()) return { status: 200, body: operations(registryId('gamma'), 'Failed') };
      // Resource Graph as Azure answers it: the registries, with no provisioningState of their own.
      if (path === '/providers/microsoft.resourcegraph/resources') {
        const data = ['alpha', 'beta', 'gamma', 'delta'].map((name) => ({ id: registryId(name), subscriptionId: SUB, resourceGroup: 'rg-ml', properties: {} }));
        return { status: 200, body: { totalRecords: data.length, count: data.length, data } };
      }
      return { status: 404, body: { error: { code: 'NotScripted', message: req.url } } };
    });
    const client = createArmClient({ endpoint: server.origin, credential: staticCredential(), retry: { maxRetries: 0 } });
    const statuses = await listRegistryStatuses(client, [
      { subscriptionId: SUB, resourceGroup: 'rg-ml' },
      { subscriptionId: SUB, resourceGroup: 'RG-ML' },
    ]);
    expect(statuses).toEqual({
      byId: {
        [registryId('alpha').toLowerCase()]: 'Creating',
        [registryId('beta').toLowerCase()]: 'Failed',
        [registryId('gamma').toLowerCase()]: 'Ready',
        [registryId('delta').toLowerCase()]: 'Ready',
      },
      otherwise: 'Ready',
    });
    // One history read for the (case-insensitively) single resource group; no operations read for the success.
    const reads = server.received.map((req) => new URL(req.url, server!.origin).pathname);
    expect(reads.filter((path) => path.toLowerCase() === RG.toLowerCase())).toHaveLength(1);
    expect(reads.some((path) => path.includes('create-gamma-2'))).toBe(false);
  });

  it('reads only the registries on screen when asked: one Resource Graph query by id, a status for each, none claimed for the rest', async () => {
    server = await startFakeArm((req, fake) => {
      const path = new URL(req.url, fake.origin).pathname.toLowerCase();
      if (path === RG.toLowerCase()) return { status: 200, body: { value: [deployment('create-alpha', 'Running', '2025-05-02T00:00:00Z')] } };
      if (path === `${RG}/create-alpha/operations`.toLowerCase()) return { status: 200, body: operations(registryId('alpha'), 'Running') };
      if (path === '/providers/microsoft.resourcegraph/resources') {
        const data = ['alpha', 'delta'].map((name) => ({ id: registryId(name), subscriptionId: SUB, resourceGroup: 'rg-ml', properties: {} }));
        return { status: 200, body: { totalRecords: data.length, count: data.length, data } };
      }
      return { status: 404, body: { error: { code: 'NotScripted', message: req.url } } };
    });
    const client = createArmClient({ endpoint: server.origin, credential: staticCredential(), retry: { maxRetries: 0 } });
    const statuses = await listRegistryStatuses(client, [{ subscriptionId: SUB, resourceGroup: 'rg-ml' }], {
      registryIds: [registryId('alpha'), registryId('delta'), registryId('ALPHA')],
    });
    expect(statuses).toEqual({
      byId: { [registryId('alpha').toLowerCase()]: 'Creating', [registryId('delta').toLowerCase()]: 'Ready' },
      otherwise: null,
    });
    const graph = server.received.filter((req) => new URL(req.url, server!.origin).pathname.toLowerCase() === '/providers/microsoft.resourcegraph/resources');
    expect(graph).toHaveLength(1);
    const query = (JSON.parse(graph[0].body) as { query: string }).query;
    expect(query).toContain(`id in~ ('${registryId('alpha').toLowerCase()}', '${registryId('delta').toLowerCase()}')`);
  });

  it('says Unknown for a registry on screen whose group history cannot be read and that Resource Graph does not report', async () => {
    server = await startFakeArm(() => ({ status: 500, body: { error: { code: 'InternalServerError', message: 'down' } } }));
    const client = createArmClient({ endpoint: server.origin, credential: staticCredential(), retry: { maxRetries: 0 } });
    const statuses = await listRegistryStatuses(client, [{ subscriptionId: SUB, resourceGroup: 'rg-ml' }], { registryIds: [registryId('alpha')] });
    expect(statuses).toEqual({ byId: { [registryId('alpha').toLowerCase()]: 'Unknown' }, otherwise: null });
  });
});
