// Delay rules: a registry's create, region change or delete stays InProgress (Creating / Updating /
// Deleting) for the rule's delay, whatever the time scale, then ends as it would have; a rule for one
// operation kind or registry leaves the others alone; malformed delay rules are 400.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_SUBSCRIPTIONS } from '../seed';
import { addFault, clearFaults, listFaults } from '../testing/control';
import type { EmulatorFixture } from '../testing/emulator-fixture';
import { pollUntil, registryBody, startFixture, uniqueName } from '../testing/emulator-fixture';

const PROD = SEED_SUBSCRIPTIONS.production.id;
const DELAY_MS = 1_500;
type OperationStatus = { status: string; startTime: string; endTime?: string };
type Registry = { properties: { provisioningState: string } };

let emu: EmulatorFixture;
beforeAll(async () => {
  emu = await startFixture();
});
afterAll(() => emu.close());

const registryPath = (name: string) => `/subscriptions/${PROD}/resourceGroups/rg-ml-prod/providers/Microsoft.MachineLearningServices/registries/${name}?api-version=2025-09-01`;

/** Waits for the operation behind `url` to end; returns its status body. */
async function finished(url: string): Promise<OperationStatus> {
  return (await pollUntil(() => emu.arm<OperationStatus>('GET', url), (r) => r.body.status !== 'InProgress')).body;
}
const spanMs = (op: OperationStatus) => Date.parse(op.endTime!) - Date.parse(op.startTime);

describe('delay rules', () => {
  it('hold a create in Creating for the delay, then let it succeed', async () => {
    const name = uniqueName('held');
    const rule = await addFault(emu.url, { kind: 'delay', registryName: name, operation: 'create', delayMs: DELAY_MS, times: 1 });
    try {
      const put = await emu.arm<Registry>('PUT', registryPath(name), { body: registryBody(['eastus']) });
      expect(put.status).toBe(201);
      expect((await emu.arm<Registry>('GET', registryPath(name))).body.properties.provisioningState).toBe('Creating');
      const op = await finished(put.headers.get('azure-asyncoperation')!);
      expect(op.status).toBe('Succeeded');
      expect(spanMs(op)).toBeGreaterThanOrEqual(DELAY_MS);
      expect((await emu.arm<Registry>('GET', registryPath(name))).body.properties.provisioningState).toBe('Succeeded');
      expect((await listFaults(emu.url)).find((r) => r.id === rule.id)).toMatchObject({ hits: 1, remaining: 0 });
    } finally {
      await clearFaults(emu.url, rule.id);
    }
  });

  it('hold a delete in Deleting and leave other kinds and registries alone', async () => {
    const name = uniqueName('held-del');
    const other = uniqueName('not-held');
    const rule = await addFault(emu.url, { kind: 'delay', registryName: name, operation: 'delete', delayMs: DELAY_MS });
    try {
      const creates = await Promise.all([name, other].map((n) => emu.arm('PUT', registryPath(n), { body: registryBody(['eastus']) })));
      for (const put of creates) expect(spanMs(await finished(put.headers.get('azure-asyncoperation')!))).toBeLessThan(DELAY_MS);
      const [held, free] = await Promise.all([name, other].map((n) => emu.arm('DELETE', registryPath(n))));
      expect((await emu.arm<Registry>('GET', registryPath(name))).body.properties.provisioningState).toBe('Deleting');
      expect(spanMs(await finished(free.headers.get('azure-asyncoperation')!))).toBeLessThan(DELAY_MS);
      const op = await finished(held.headers.get('azure-asyncoperation')!);
      expect(op.status).toBe('Succeeded');
      expect(spanMs(op)).toBeGreaterThanOrEqual(DELAY_MS);
      expect((await emu.arm('GET', registryPath(name))).status).toBe(404);
    } finally {
      await clearFaults(emu.url, rule.id);
    }
  });

  it('refuses a delay rule without a registry, a delay or with an unknown operation', async () => {
    for (const body of [{ kind: 'delay', delayMs: 10 }, { kind: 'delay', registryName: 'r' }, { kind: 'delay', registryName: 'r', delayMs: 10, operation: 'move' }]) {
      const res = await fetch(`${emu.url}/_emulator/faults`, { method: 'POST', body: JSON.stringify(body) });
      expect(res.status).toBe(400);
    }
  });
});
