// Fault injection through the control endpoints: rules are added, listed and removed; an HTTP rule
// answers with ARM's envelope and Retry-After for `times` requests, adds latency or drops the
// connection, never touches /_emulator/*; a provisioning rule fails one child resource; rules survive a
// restart of an emulator on the same database file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_SUBSCRIPTIONS } from '../seed';
import { addFault, clearFaults, listFaults } from '../testing/control';
import type { EmulatorFixture } from '../testing/emulator-fixture';
import { pollUntil, registryBody, startFixture, uniqueName } from '../testing/emulator-fixture';

const PROD = SEED_SUBSCRIPTIONS.production.id;
const SUB_PATH = `/subscriptions/${PROD}?api-version=2022-12-01`;
let emu: EmulatorFixture;
beforeAll(async () => {
  emu = await startFixture();
});
afterAll(() => emu.close());

describe('fault rules', () => {
  it('adds, lists and removes rules; malformed rules are 400', async () => {
    const rule = await addFault(emu.url, { match: { path: '/nothing/matches/this' }, status: 500 });
    expect(rule).toMatchObject({ kind: 'http', status: 500, remaining: null, hits: 0, id: expect.any(String) });
    expect((await listFaults(emu.url)).map((r) => r.id)).toContain(rule.id);
    await clearFaults(emu.url, rule.id);
    expect((await listFaults(emu.url)).map((r) => r.id)).not.toContain(rule.id);
    const bad = await fetch(`${emu.url}/_emulator/faults`, { method: 'POST', body: JSON.stringify({ status: 200 }) });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('InvalidRequestContent');
  });

  it('answers 429 with Retry-After for `times` matching requests, then lets them through', async () => {
    await addFault(emu.url, { match: { method: 'GET', path: '/SUBSCRIPTIONS/*' }, status: 429, retryAfterSeconds: 7, times: 2 });
    const first = await emu.arm<{ error: { code: string; message: string } }>('GET', SUB_PATH);
    expect(first.status).toBe(429);
    expect(first.headers.get('retry-after')).toBe('7');
    expect(first.headers.get('x-ms-request-id')).toBeTruthy();
    expect(first.body.error.code).toBe('TooManyRequests');
    expect((await emu.arm('GET', SUB_PATH)).status).toBe(429);
    expect((await emu.arm('GET', SUB_PATH)).status).toBe(200);
    const [rule] = (await listFaults(emu.url)).filter((r) => 'match' in r && r.match?.path === '/SUBSCRIPTIONS/*');
    expect(rule).toMatchObject({ hits: 2, remaining: 0 });
    await clearFaults(emu.url);
  });

  it('adds Retry-After to answers that pass through when a rule has no status', async () => {
    await addFault(emu.url, { match: { method: 'GET', path: '/subscriptions/*' }, retryAfterSeconds: 3 });
    try {
      const passed = await emu.arm('GET', SUB_PATH);
      expect(passed.status).toBe(200);
      expect(passed.headers.get('retry-after')).toBe('3');
    } finally {
      await clearFaults(emu.url);
    }
    expect((await emu.arm('GET', SUB_PATH)).headers.get('retry-after')).toBeNull();
  });

  it('never faults the control endpoints', async () => {
    await addFault(emu.url, { match: { path: '**' }, status: 503 });
    try {
      expect((await fetch(`${emu.url}/_emulator/health`)).status).toBe(200);
      expect((await emu.arm('GET', SUB_PATH)).status).toBe(503);
    } finally {
      await clearFaults(emu.url);
    }
    expect((await emu.arm('GET', SUB_PATH)).status).toBe(200);
  });

  it('adds latency and drops connections', async () => {
    await addFault(emu.url, { match: { path: '/subscriptions/*/resourcegroups' }, latencyMs: 300, times: 1 });
    const started = Date.now();
    const slow = await emu.arm('GET', `/subscriptions/${PROD}/resourcegroups?api-version=2021-04-01`);
    expect(slow.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);

    await addFault(emu.url, { match: { path: '/subscriptions/*/locations' }, dropConnection: true, times: 1 });
    await expect(emu.arm('GET', `/subscriptions/${PROD}/locations?api-version=2022-12-01`)).rejects.toThrow();
    expect((await emu.arm('GET', `/subscriptions/${PROD}/locations?api-version=2022-12-01`)).status).toBe(200);
    await clearFaults(emu.url);
  });

  it('fails the named child resource of a registry with a provisioning rule', async () => {
    const name = uniqueName('pf');
    await addFault(emu.url, {
      kind: 'provisioning',
      resourceType: 'Microsoft.Storage/storageAccounts',
      region: 'West Europe',
      registryName: name,
      code: 'StorageAccountQuotaExceeded',
      message: 'The storage account limit in westeurope was reached.',
      times: 1,
    });
    const path = `/subscriptions/${PROD}/resourceGroups/rg-ml-prod/providers/Microsoft.MachineLearningServices/registries/${name}?api-version=2025-09-01`;
    const put = await emu.arm('PUT', path, { body: registryBody(['eastus', 'westeurope']) });
    type Status = { status: string; error?: { code: string; message: string; details: { target: string }[] } };
    const done = await pollUntil(() => emu.arm<Status>('GET', put.headers.get('azure-asyncoperation')!), (r) => r.body.status !== 'InProgress');
    expect(done.body).toMatchObject({ status: 'Failed', error: { code: 'StorageAccountQuotaExceeded', message: 'The storage account limit in westeurope was reached.' } });
    expect(done.body.error!.details[0].target).toMatch(/storageAccounts\//);

    // The rule fired once; a re-PUT retries the failed account, which now succeeds.
    const retry = await emu.arm('PUT', path, { body: registryBody(['eastus', 'westeurope']) });
    expect(retry.status).toBe(200);
    const healed = await pollUntil(() => emu.arm<Status>('GET', retry.headers.get('azure-asyncoperation')!), (r) => r.body.status !== 'InProgress');
    expect(healed.body.status).toBe('Succeeded');
    const child = await emu.arm<{ properties: { provisioningState: string } }>('GET', `${done.body.error!.details[0].target}?api-version=2023-05-01`);
    expect(child.body.properties.provisioningState).toBe('Succeeded');
    await clearFaults(emu.url);
  });
});

describe('fault rules across a restart', () => {
  const dir = mkdtempSync(join(tmpdir(), 'arm-emulator-faults-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps rules in the database until cleared', async () => {
    const dbPath = join(dir, 'arm.db');
    const first = await startFixture({ dbPath });
    await addFault(first.url, { match: { path: '/subscriptions' }, status: 503, times: 5 });
    await first.close();
    const second = await startFixture({ dbPath });
    try {
      expect((await listFaults(second.url)).map((r) => r.hits)).toEqual([0]);
      expect((await second.arm('GET', '/subscriptions?api-version=2022-12-01')).status).toBe(503);
      await clearFaults(second.url);
      expect((await second.arm('GET', '/subscriptions?api-version=2022-12-01')).status).toBe(200);
    } finally {
      await second.close();
    }
  });
});
