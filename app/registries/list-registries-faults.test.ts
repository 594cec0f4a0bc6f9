// Fault drills on the registries list, through the page's own server action, against a real emulator (two
// registries per page, so lists have several pages) whose fault rules throttle, fail or drop the list's
// calls: Resource Graph, and the per-subscription fallback's pages. The rows must be exactly ARM's truth —
// none missing, none twice — and no subscription declared unreadable for a transient failure.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createArmClient, type ArmClient } from '@/lib/arm/client';
import { EmulatorCredential } from '@/lib/arm/emulator-credential';
import { SEED_PRINCIPALS, SEED_SUBSCRIPTIONS } from '@/lib/emulator/seed';
import { addFault, clearFaults, listFaults, type HttpFaultInput } from '@/lib/emulator/testing/control';
import { startFixture, type EmulatorFixture } from '@/lib/emulator/testing/emulator-fixture';

const acting = vi.hoisted(() => ({ client: null as ArmClient | null }));
vi.mock('@/lib/session/arm-client', () => ({ getConsoleArmClient: async () => acting.client }));

const { listRegistriesAction } = await import('./actions');

const GRAPH = { method: 'POST', path: '/providers/Microsoft.ResourceGraph/resources' };
const PER_SUBSCRIPTION = { method: 'GET', path: '/subscriptions/*/providers/Microsoft.MachineLearningServices/registries' };
const GRAPH_REFUSED: HttpFaultInput = { match: GRAPH, status: 403, code: 'AuthorizationFailed', message: 'Resource Graph is not allowed (drill).' };

let fixture: EmulatorFixture;
let truth: string[];

// What ARM holds, read directly, page by page, without faults.
async function registryIds(): Promise<string[]> {
  const ids: string[] = [];
  for (const subscription of [SEED_SUBSCRIPTIONS.production.id, SEED_SUBSCRIPTIONS.development.id]) {
    let next: string | undefined = `/subscriptions/${subscription}/providers/Microsoft.MachineLearningServices/registries?api-version=2025-09-01`;
    while (next) {
      const page: { body: { value: { id: string }[]; nextLink?: string } } = await fixture.arm('GET', next);
      ids.push(...page.body.value.map((r) => r.id.toLowerCase()));
      next = page.body.nextLink;
    }
  }
  return ids.sort();
}

beforeAll(async () => {
  fixture = await startFixture({ pageSize: 2 });
  // The console's client: the Azure SDK's retries (3, honouring Retry-After), with short backoff for the test.
  acting.client = createArmClient({
    endpoint: fixture.url,
    credential: new EmulatorCredential(fixture.url, SEED_PRINCIPALS.owner.userPrincipalName),
    retry: { retryDelayInMs: 20, maxRetryDelayInMs: 200 },
  });
  truth = await registryIds();
  expect(truth.length).toBeGreaterThan(4);
});
afterEach(async () => {
  await clearFaults(fixture.url);
});
afterAll(async () => {
  await fixture?.close();
});

async function listUnder(rules: HttpFaultInput[]) {
  for (const rule of rules) await addFault(fixture.url, rule);
  const result = await listRegistriesAction({ fresh: true });
  const hits = (await listFaults(fixture.url)).map((f) => f.hits);
  if (!result.ok) throw new Error(`the list failed: ${result.code} ${result.message}`);
  return { list: result.data, ids: result.data.rows.map((r) => r.id.toLowerCase()).sort(), hits };
}

const CASES: [string, HttpFaultInput[], 'resource-graph' | 'subscriptions'][] = [
  ['a 429 storm (Retry-After: 1) on Resource Graph', [{ match: GRAPH, status: 429, retryAfterSeconds: 1, times: 3 }], 'resource-graph'],
  ['a 503 burst on Resource Graph', [{ match: GRAPH, status: 503, times: 3 }], 'resource-graph'],
  ['dropped connections on Resource Graph', [{ match: GRAPH, dropConnection: true, times: 2 }], 'resource-graph'],
  ['per subscription: a page dropped past the client\'s own retries', [GRAPH_REFUSED, { match: PER_SUBSCRIPTION, dropConnection: true, times: 12 }], 'subscriptions'],
  ['per subscription: a 503 burst past the client\'s own retries', [GRAPH_REFUSED, { match: PER_SUBSCRIPTION, status: 503, times: 12 }], 'subscriptions'],
  ['per subscription: a 429 storm (Retry-After: 1)', [GRAPH_REFUSED, { match: PER_SUBSCRIPTION, status: 429, retryAfterSeconds: 1, times: 12 }], 'subscriptions'],
];

describe('the registries list under faults', () => {
  for (const [what, rules, source] of CASES) {
    it(`${what}: exactly ARM's rows, none twice, no subscription unreadable`, async () => {
      const { list, ids, hits } = await listUnder(rules);
      expect(list.source).toBe(source);
      expect(ids).toEqual(truth);
      expect(new Set(ids).size).toBe(ids.length);
      expect(list.unreadable).toEqual([]);
      // Every rule fired as often as it was armed (the refusal of Resource Graph: at least once). Twelve
      // per-subscription failures over three subscriptions outlast the client's own 3 retries (4 attempts).
      hits.forEach((count, i) => expect(count).toBe(rules[i].times ?? Math.max(count, 1)));
    });
  }
});
