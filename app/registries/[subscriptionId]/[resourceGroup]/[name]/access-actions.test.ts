// The registry page's render asks for the write access (header buttons) and the asset access (the asset
// tab's guards) together: ARM's permissions at the registry are read once per request, not once each.
// React's cache() memoizes per server request only inside a real server render, so it is stood in for
// here by the same contract: one memo per cached function, emptied when a new request starts.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createArmClient, type ArmClient } from '@/lib/arm/client';
import { startFakeArm, staticCredential, type FakeArmServer } from '@/lib/arm/testing/fake-arm-server';
import { CONSOLE_ACTIONS } from '@/lib/session/rbac/console-actions';

const request = vi.hoisted(() => ({ memos: [] as Map<string, unknown>[] }));
vi.mock('react', async (original) => ({
  ...(await original<typeof import('react')>()),
  cache: <A extends unknown[], R>(fn: (...args: A) => R) => {
    const memo = new Map<string, unknown>();
    request.memos.push(memo);
    return (...args: A): R => {
      const key = JSON.stringify(args);
      if (!memo.has(key)) memo.set(key, fn(...args));
      return memo.get(key) as R;
    };
  },
}));
const acting = vi.hoisted(() => ({ client: null as ArmClient | null }));
vi.mock('@/lib/session/arm-client', () => ({ getConsoleArmClient: async () => acting.client }));

const { getWriteAccessAction } = await import('./get-write-access-action');
const { getAssetAccessAction } = await import('./get-asset-access-action');

const registry = { subscriptionId: '00000000-0000-0000-0000-000000000001', resourceGroup: 'rg-ml', name: 'shared-registry' };
let arm: FakeArmServer;
const permissionReads = () => arm.received.filter((r) => r.url.includes('/providers/Microsoft.Authorization/permissions')).length;

beforeAll(async () => {
  // A Contributor-like principal: everything but role assignments and asset deletes.
  arm = await startFakeArm(() => ({ status: 200, body: { value: [{ actions: ['*'], notActions: [CONSOLE_ACTIONS.assetsDelete] }] } }));
  acting.client = createArmClient({ endpoint: arm.origin, credential: staticCredential('t'), retry: { maxRetries: 0 } });
});
afterAll(() => arm.close());
beforeEach(() => request.memos.forEach((memo) => memo.clear()));

describe('write access and asset access of one registry', () => {
  it('read ARM\'s permissions once in one request, and both answer from that one read', async () => {
    const [write, assets] = await Promise.all([getWriteAccessAction(registry), getAssetAccessAction(registry)]);
    expect(permissionReads()).toBe(1);
    expect(write).toEqual({ ok: true, data: { canWrite: true, canDelete: true, missing: [], reason: null } });
    expect(assets).toMatchObject({ ok: true, data: { writeBlocked: null, deleteBlocked: expect.stringContaining(CONSOLE_ACTIONS.assetsDelete) } });
  });

  it('read them again in the next request (nothing of a person is kept across requests)', async () => {
    const before = permissionReads();
    await getWriteAccessAction(registry);
    expect(permissionReads()).toBe(before + 1);
  });
});
