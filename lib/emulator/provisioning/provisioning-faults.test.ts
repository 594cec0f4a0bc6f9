// The failure path of provisioning: a fault hook makes one child resource fail; the create operation
// ends Failed with the child's error, the child shows Failed, and the Location result carries the error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_SUBSCRIPTIONS } from '../seed';
import type { EmulatorFixture } from '../testing/emulator-fixture';
import { pollUntil, registryBody, startFixture, uniqueName } from '../testing/emulator-fixture';

const PROD = SEED_SUBSCRIPTIONS.production.id;
let emu: EmulatorFixture;
beforeAll(async () => {
  emu = await startFixture();
});
afterAll(() => emu.close());

describe('provisioning fault hook', () => {
  it('fails the create when the storage account of one region fails', async () => {
    const name = uniqueName('faulty');
    emu.emulator.provisioningFaultHooks.push((child) =>
      child.registryName === name && child.resourceType === 'Microsoft.Storage/storageAccounts' && child.region === 'westeurope'
        ? { code: 'StorageAccountQuotaExceeded', message: 'The subscription has reached its storage account limit in westeurope.' }
        : undefined,
    );
    const path = `/subscriptions/${PROD}/resourceGroups/rg-ml-prod/providers/Microsoft.MachineLearningServices/registries/${name}?api-version=2025-09-01`;
    const put = await emu.arm('PUT', path, { body: registryBody(['eastus', 'westeurope']) });
    expect(put.status).toBe(201);
    type Status = { status: string; error?: { code: string; message: string; details: { target: string }[] } };
    const done = await pollUntil(() => emu.arm<Status>('GET', put.headers.get('azure-asyncoperation')!), (r) => r.body.status !== 'InProgress');
    expect(done.body.status).toBe('Failed');
    expect(done.body.error).toMatchObject({ code: 'StorageAccountQuotaExceeded', message: 'The subscription has reached its storage account limit in westeurope.' });
    const failedChild = done.body.error!.details[0].target;
    expect(failedChild).toContain('/providers/Microsoft.Storage/storageAccounts/');
    const child = await emu.arm<{ location: string; properties: { provisioningState: string } }>('GET', `${failedChild}?api-version=2023-05-01`);
    expect(child.body).toMatchObject({ location: 'westeurope', properties: { provisioningState: 'Failed' } });
    const registry = await emu.arm<{ properties: { provisioningState: string } }>('GET', path);
    expect(registry.body.properties.provisioningState).toBe('Failed');
    // A failed registry can be deleted (no operation is running any more).
    expect((await emu.arm('DELETE', path)).status).toBe(202);
  });
});
