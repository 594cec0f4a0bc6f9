// Stored state catches up with the clock once per request (catch-up-step.ts), whatever the request does:
// handlers, the registries RP and the deployment engine read what that one settle left.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { SEED_SUBSCRIPTIONS } from './seed';
import type { EmulatorFixture } from './testing/emulator-fixture';
import { registryBody, startFixture, uniqueName } from './testing/emulator-fixture';

const calls = vi.hoisted(() => ({ settle: 0 }));
vi.mock('./provisioning/settle', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./provisioning/settle')>();
  return { ...actual, settle: (...args: Parameters<typeof actual.settle>) => (calls.settle++, actual.settle(...args)) };
});

const SUB = `/subscriptions/${SEED_SUBSCRIPTIONS.development.id}`;
let emu: EmulatorFixture;
let rg: string;
beforeAll(async () => {
  emu = await startFixture();
  rg = uniqueName('rg-settle');
  await emu.token();
  await emu.arm('PUT', `${SUB}/resourcegroups/${rg}?api-version=2021-04-01`, { body: { location: 'westeurope' } });
});
afterAll(() => emu.close());
beforeEach(() => {
  calls.settle = 0;
});

describe('settle', () => {
  it('runs once for a registry PUT, once for its GET and once for a list', async () => {
    const registry = `${SUB}/resourceGroups/${rg}/providers/Microsoft.MachineLearningServices/registries/${uniqueName('settle')}?api-version=2025-09-01`;
    expect((await emu.arm('PUT', registry, { body: registryBody(['westeurope']) })).status).toBe(201);
    expect(calls.settle).toBe(1);
    expect((await emu.arm('GET', registry)).status).toBe(200);
    expect(calls.settle).toBe(2);
    expect((await emu.arm('GET', `${SUB}/resources?api-version=2021-04-01`)).status).toBe(200);
    expect(calls.settle).toBe(3);
  });

  it('runs once for a template deployment PUT that starts a registry through the RP', async () => {
    const deployment = `${SUB}/resourcegroups/${rg}/providers/Microsoft.Resources/deployments/${uniqueName('dep')}?api-version=2025-04-01`;
    const template = {
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      contentVersion: '1.0.0.0',
      resources: [{ type: 'Microsoft.MachineLearningServices/registries', apiVersion: '2025-09-01', name: uniqueName('settledep'), ...registryBody(['westeurope']) }],
    };
    expect((await emu.arm('PUT', deployment, { body: { properties: { mode: 'Incremental', template } } })).status).toBe(201);
    expect(calls.settle).toBe(1);
  });
});
