// lib/arm's retry policies against injected faults: a 429 with Retry-After: 1 is retried after at least
// one second and the call succeeds; a burst of 503s is retried with backoff until it passes; a dropped
// connection is retried as a socket error.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addFault, clearFaults, listFaults } from '@/lib/emulator/testing/control';
import { getSubscription } from '../../subscriptions';
import { startTarget, type ContractTarget } from '../target';

let t: ContractTarget;
beforeAll(async () => {
  t = await startTarget();
}, 120_000);
afterAll(async () => {
  await t?.close();
});
afterEach(async () => {
  await clearFaults(t.controlEndpoint);
});

const attemptsOn = (path: string, since: number) => t.exchanges.slice(since).filter((x) => new URL(x.url).pathname === path);

describe('retries against injected faults', () => {
  it('retries a 429 after its Retry-After and succeeds', async () => {
    const path = `/subscriptions/${t.subscriptionId}`;
    await addFault(t.controlEndpoint, { match: { method: 'GET', path }, status: 429, retryAfterSeconds: 1, times: 1 });
    const since = t.exchanges.length;
    const started = Date.now();
    const sub = await getSubscription(t.client, t.subscriptionId);
    const elapsed = Date.now() - started;
    expect(sub.subscriptionId).toBe(t.subscriptionId);
    const attempts = attemptsOn(path, since);
    expect(attempts.map((a) => a.status)).toEqual([429, 200]);
    expect(elapsed).toBeGreaterThanOrEqual(1000);
    expect((await listFaults(t.controlEndpoint))[0]).toMatchObject({ hits: 1, remaining: 0 });
  });

  it('retries a burst of 503s and succeeds', async () => {
    const path = `/subscriptions/${t.subscriptionId}`;
    await addFault(t.controlEndpoint, { match: { path }, status: 503, times: 2 });
    const since = t.exchanges.length;
    expect((await getSubscription(t.client, t.subscriptionId)).subscriptionId).toBe(t.subscriptionId);
    expect(attemptsOn(path, since).map((a) => a.status)).toEqual([503, 503, 200]);
  });

  it('retries a dropped connection and succeeds', async () => {
    const path = `/subscriptions/${t.subscriptionId}`;
    await addFault(t.controlEndpoint, { match: { path }, dropConnection: true, times: 1 });
    const since = t.exchanges.length;
    expect((await getSubscription(t.client, t.subscriptionId)).subscriptionId).toBe(t.subscriptionId);
    expect(attemptsOn(path, since).map((a) => a.status)).toEqual([0, 200]);
  });
});
