// The reads the browser asks for after the first paint, against an ARM that accepts connections and never
// answers (a stopped process): each comes back within the browser-read bound (lib/action-kit/browser-read.ts)
// with an honest failure the page reads again by itself, instead of holding the request for ARM's 90 s per
// attempt. The bound is shortened to 1 s here; only the session's choice of ARM client is replaced.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readsAgainByItself } from '@/lib/action-kit/reads-again';
import { encodeHandle } from '@/lib/arm/lro';
import { createArmClient, type ArmClient } from '@/lib/arm/client';
import { staticCredential } from '@/lib/arm/testing/fake-arm-server';

const BOUND_MS = 1_000;
// What the bound may overrun by on a loaded machine: the abort's own delivery and the action's bookkeeping.
const SLACK_MS = 1_500;

vi.mock('@/lib/arm/deadline', async (original) => ({ ...(await original<typeof import('@/lib/arm/deadline')>()), BROWSER_READ_BUDGET_MS: 1_000 }));
const acting = vi.hoisted(() => ({ client: null as ArmClient | null }));
vi.mock('@/lib/session/arm-client', () => ({ getConsoleArmClient: async () => acting.client }));

const { listRegistriesAction, registryStatusesAction, screenStatusesAction } = await import('./actions');
const { getRegistryDetailsAction } = await import('./[subscriptionId]/[resourceGroup]/[name]/get-registry-details-action');
const { getWriteAccessAction } = await import('./[subscriptionId]/[resourceGroup]/[name]/get-write-access-action');
const { listSubscriptionsAction } = await import('./create/list-subscriptions-action');
const { GET: pollDeployment } = await import('@/app/api/deployments/[subscriptionId]/[resourceGroup]/[deploymentName]/route');
const { GET: pollRegistryOperation } = await import('./[subscriptionId]/[resourceGroup]/[name]/operations/[handle]/route');

const registry = { subscriptionId: '00000000-0000-0000-0000-000000000001', resourceGroup: 'rg-ml', name: 'hung-registry' };
let hung: Server;

beforeAll(async () => {
  hung = createServer(() => undefined);
  await new Promise<void>((resolve) => hung.listen(0, '127.0.0.1', resolve));
  // The SDK's own retries stay on: the bound holds across them.
  acting.client = createArmClient({ endpoint: `http://127.0.0.1:${(hung.address() as AddressInfo).port}`, credential: staticCredential('t') });
});

afterAll(() => {
  hung.closeAllConnections();
  hung.close();
});

async function timed<T>(read: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = Date.now();
  const result = await read();
  return { result, ms: Date.now() - started };
}

const NOT_ANSWERING = { ok: false, code: 'ServiceTimeout', status: 0, message: 'Azure Resource Manager is not answering (no reply within 1 s).' };

describe('a read the browser asks for, with ARM hung', () => {
  it.each<[string, () => Promise<{ ok: boolean }>]>([
    ['the list (read again after its render ran out of budget)', () => listRegistriesAction()],
    ['the registry page details', () => getRegistryDetailsAction(registry)],
    ['the registry page write access', () => getWriteAccessAction(registry)],
    ["the wizard's patient re-read of the subscriptions", () => listSubscriptionsAction({ patient: true })],
  ])('%s answers "not answering" within the bound, and the page reads it again by itself', async (_name, read) => {
    const { result, ms } = await timed(read);
    expect(ms).toBeGreaterThanOrEqual(BOUND_MS - 50);
    expect(ms).toBeLessThan(BOUND_MS + SLACK_MS);
    expect(result).toMatchObject(NOT_ANSWERING);
    expect(readsAgainByItself(result)).toBe(true);
  });

  it("the list's statuses answer Unknown within the bound, never Checking… for minutes", async () => {
    const { result, ms } = await timed(() => registryStatusesAction([{ subscriptionId: registry.subscriptionId, resourceGroup: registry.resourceGroup }]));
    expect(ms).toBeLessThan(BOUND_MS + SLACK_MS);
    expect(result).toEqual({ byId: {}, otherwise: 'Unknown' });
  });

  it("the statuses of a refreshed list's rows on screen answer Unknown within the bound", async () => {
    const { result, ms } = await timed(() => screenStatusesAction([registry]));
    expect(ms).toBeLessThan(BOUND_MS + SLACK_MS);
    const id = `/subscriptions/${registry.subscriptionId}/resourceGroups/${registry.resourceGroup}/providers/Microsoft.MachineLearningServices/registries/${registry.name}`.toLowerCase();
    expect(result).toEqual({ byId: { [id]: 'Unknown' }, otherwise: null });
  });

  it("the progress page's poll answers the failure as JSON the page shows, and polls again", async () => {
    const params = Promise.resolve({ subscriptionId: registry.subscriptionId, resourceGroup: registry.resourceGroup, deploymentName: 'hung-deployment' });
    const { result: response, ms } = await timed(() => pollDeployment(new Request('http://console.test/api/deployments/x'), { params }));
    expect(ms).toBeLessThan(BOUND_MS + SLACK_MS);
    expect(response.status).toBe(502);
    expect(await response.json()).toMatchObject({ ...NOT_ANSWERING, notFound: false });
  });

  it("the registry page's poll of an operation it started answers the failure, and polls again", async () => {
    const handle = encodeHandle({
      kind: 'azure-async-operation',
      pollUrl: `${acting.client!.endpoint}/subscriptions/${registry.subscriptionId}/providers/Microsoft.MachineLearningServices/locations/eastus/registryOperationsStatus/op-1`,
      startedAt: new Date().toISOString(),
    });
    const params = Promise.resolve({ ...registry, handle });
    const { result: response, ms } = await timed(() => pollRegistryOperation(new Request('http://console.test/x'), { params }));
    expect(ms).toBeLessThan(BOUND_MS + SLACK_MS);
    expect(response.status).toBe(502);
    expect(await response.json()).toMatchObject({ arm: { code: 'ServiceTimeout' } });
  });
});
