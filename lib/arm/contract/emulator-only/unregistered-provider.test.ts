// The seeded Sandbox subscription has Microsoft.MachineLearningServices NotRegistered: a registry PUT gets
// 409 MissingSubscriptionRegistration naming the namespace; after registering (Registering → Registered)
// the same PUT is accepted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForOperation } from '../../lro';
import { getProvider, ML_PROVIDER_NAMESPACE, registerProvider } from '../../providers';
import { beginCreateOrUpdateRegistry } from '../../registries';
import { registryBody } from '../fixtures';
import { seeded, SPEC_TIMEOUT_MS, startTarget, uniqueName, type ContractTarget } from '../target';

let t: ContractTarget;
beforeAll(async () => {
  t = await startTarget();
}, 120_000);
afterAll(async () => {
  await t?.close();
});

describe('unregistered provider', () => {
  it('answers 409 MissingSubscriptionRegistration until the provider is registered', async () => {
    const sandbox = seeded.subscriptions.sandbox.id;
    expect((await getProvider(t.client, sandbox, ML_PROVIDER_NAMESPACE)).registrationState).toBe('NotRegistered');
    const rg = await t.newResourceGroup(sandbox);
    const name = uniqueName('ctsand');

    const refused = await beginCreateOrUpdateRegistry(t.client, sandbox, rg, name, registryBody(t.location)).catch((e: unknown) => e);
    expect(refused).toMatchObject({ name: 'ArmError', status: 409, code: 'MissingSubscriptionRegistration', target: ML_PROVIDER_NAMESPACE });
    expect((refused as Error).message).toContain(`namespace '${ML_PROVIDER_NAMESPACE}'`);

    const registering = await registerProvider(t.client, sandbox, ML_PROVIDER_NAMESPACE);
    expect(['Registering', 'Registered']).toContain(registering.registrationState);
    await expect.poll(async () => (await getProvider(t.client, sandbox, ML_PROVIDER_NAMESPACE)).registrationState, { timeout: 20_000, interval: 100 }).toBe('Registered');

    const { handle } = await beginCreateOrUpdateRegistry(t.client, sandbox, rg, name, registryBody(t.location));
    expect((await waitForOperation(t.client, handle, { intervalMs: t.pollIntervalMs, timeoutMs: t.operationTimeoutMs })).status).toBe('Succeeded');
  }, SPEC_TIMEOUT_MS);
});
