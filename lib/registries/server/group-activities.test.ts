// When a group's deployment history is shared, over real HTTP against a scripted ARM: reads in flight at once are
// one request, a finished read is taken only by a caller that accepts its age, a principal never gets another's
// read, and a failed read is asked again.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createArmClient } from '@/lib/arm/client';
import { startFakeArm, staticCredential, type FakeArmServer } from '@/lib/arm/testing/fake-arm-server';
import { readGroupActivities } from './group-activities';

// 'server-only' throws outside React's server condition; this module is server-only by design, not in a test.
vi.mock('server-only', () => ({}));

const SUB = '22222222-aaaa-4000-8000-000000000002';
const GROUP = { subscriptionId: SUB, resourceGroup: 'rg-shared' };
const DEPLOYMENTS = `/subscriptions/${SUB}/resourcegroups/rg-shared/providers/microsoft.resources/deployments`;
const REGISTRY = `/subscriptions/${SUB}/resourceGroups/rg-shared/providers/Microsoft.MachineLearningServices/registries/shared`;

let server: FakeArmServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

// A group whose one deployment created the registry; `failFirst` answers the first history read with a 500.
async function armWithOneGroup({ failFirst = false } = {}) {
  let historyReads = 0;
  server = await startFakeArm((req, fake) => {
    if (new URL(req.url, fake.origin).pathname.toLowerCase() !== DEPLOYMENTS) return { status: 404, body: { error: { code: 'NotScripted', message: req.url } } };
    historyReads += 1;
    if (failFirst && historyReads === 1) return { status: 500, body: { error: { code: 'InternalServerError', message: 'try again' } } };
    const deployment = { id: `${DEPLOYMENTS}/create-shared`, name: 'create-shared', properties: { provisioningState: 'Succeeded', timestamp: '2026-11-01T00:00:00Z', outputResources: [{ id: REGISTRY }] } };
    return { status: 200, body: { value: [deployment] } };
  });
  const client = () => createArmClient({ endpoint: server!.origin, credential: staticCredential(), retry: { maxRetries: 0 } });
  return { client, historyReads: () => historyReads };
}

describe('readGroupActivities', () => {
  it('reads the registries a group’s deployments created', async () => {
    const arm = await armWithOneGroup();
    expect(await readGroupActivities(arm.client(), GROUP)).toEqual([
      { registryId: REGISTRY.toLowerCase(), activity: { kind: 'create', status: 'Succeeded', startedAt: '2026-11-01T00:00:00Z' } },
    ]);
  });

  it('shares reads in flight at the same time: one ARM request for eight callers', async () => {
    const arm = await armWithOneGroup();
    const client = arm.client();
    const answers = await Promise.all(Array.from({ length: 8 }, () => readGroupActivities(client, GROUP)));
    expect(arm.historyReads()).toBe(1);
    expect(new Set(answers).size).toBe(1);
  });

  it('gives a finished read only to callers that accept its age; others ask ARM again', async () => {
    const arm = await armWithOneGroup();
    const client = arm.client();
    await readGroupActivities(client, GROUP);
    await readGroupActivities(client, GROUP, { maxAgeMs: 60_000 });
    expect(arm.historyReads()).toBe(1);
    await readGroupActivities(client, GROUP);
    expect(arm.historyReads()).toBe(2);
  });

  it('never hands one principal’s read to another (one ARM client per principal)', async () => {
    const arm = await armWithOneGroup();
    await readGroupActivities(arm.client(), GROUP);
    await readGroupActivities(arm.client(), GROUP, { maxAgeMs: 60_000 });
    expect(arm.historyReads()).toBe(2);
  });

  it('keeps no failure: the next read asks ARM again and gets the history', async () => {
    const arm = await armWithOneGroup({ failFirst: true });
    const client = arm.client();
    await expect(readGroupActivities(client, GROUP, { maxAgeMs: 60_000 })).rejects.toMatchObject({ code: 'InternalServerError' });
    const activities = await readGroupActivities(client, GROUP, { maxAgeMs: 60_000 });
    expect(activities.map((a) => a.registryId)).toEqual([REGISTRY.toLowerCase()]);
    expect(arm.historyReads()).toBe(2);
  });
});
