// The asset and publish pages' reads as the browser asks for them (after a render cut short by the page's
// ARM budget), against an ARM that accepts connections and never answers (a stopped process): each comes
// back within the browser-read bound with an honest failure the page reads again by itself, instead of
// holding the request for ARM's 90 s per attempt. The bound is shortened to 1 s here; only the session's
// choice of ARM client is replaced.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readsAgainByItself } from '@/lib/action-kit/reads-again';
import { createArmClient, type ArmClient } from '@/lib/arm/client';
import { staticCredential } from '@/lib/arm/testing/fake-arm-server';

const BOUND_MS = 1_000;
// What the bound may overrun by on a loaded machine: the abort's own delivery and the action's bookkeeping.
const SLACK_MS = 1_500;

vi.mock('@/lib/arm/deadline', async (original) => ({ ...(await original<typeof import('@/lib/arm/deadline')>()), BROWSER_READ_BUDGET_MS: 1_000 }));
const acting = vi.hoisted(() => ({ client: null as ArmClient | null }));
vi.mock('@/lib/session/arm-client', () => ({ getConsoleArmClient: async () => acting.client }));

const { getAssetPageAction } = await import('./get-asset-page-action');
const { getAssetAccessAction } = await import('../../../get-asset-access-action');
const { getPublishAccessAction } = await import('../../../publish/[kind]/get-publish-access-action');

const registry = { subscriptionId: '00000000-0000-0000-0000-000000000001', resourceGroup: 'rg-ml', name: 'hung-registry' };
let hung: Server;

beforeAll(async () => {
  hung = createServer(() => undefined);
  await new Promise<void>((resolve) => hung.listen(0, '127.0.0.1', resolve));
  acting.client = createArmClient({ endpoint: `http://127.0.0.1:${(hung.address() as AddressInfo).port}`, credential: staticCredential('t') });
});

afterAll(() => {
  hung.closeAllConnections();
  hung.close();
});

const NOT_ANSWERING = { ok: false, code: 'ServiceTimeout', status: 0, message: 'Azure Resource Manager is not answering (no reply within 1 s).' };

describe('an asset page read the browser asks for, with ARM hung', () => {
  it.each<[string, () => Promise<{ ok: boolean }>]>([
    ['the asset and its versions', () => getAssetPageAction({ ...registry, kind: 'models', asset: 'credit-risk-classifier' }, null)],
    ['the asset access guards', () => getAssetAccessAction(registry)],
    ["the publish page's access", () => getPublishAccessAction(registry)],
  ])('%s answers "not answering" within the bound, and the page reads it again by itself', async (_name, read) => {
    const started = Date.now();
    const result = await read();
    const ms = Date.now() - started;
    expect(ms).toBeGreaterThanOrEqual(BOUND_MS - 50);
    expect(ms).toBeLessThan(BOUND_MS + SLACK_MS);
    expect(result).toMatchObject(NOT_ANSWERING);
    expect(readsAgainByItself(result)).toBe(true);
  });
});
