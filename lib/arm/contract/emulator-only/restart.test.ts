// Provisioning is driven by stored timestamps, so an emulator restarted in mid-provisioning (same SQLite
// file, same port) still finishes the operation: the handle taken before the restart polls to Succeeded.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeHandle, encodeHandle, pollOperation, waitForOperation } from '../../lro';
import { beginCreateOrUpdateRegistry, getRegistry } from '../../registries';
import { createOrUpdateResourceGroup } from '../../resource-groups';
import { registryBody } from '../fixtures';
import { emulatorClientAs, seeded, startLocalEmulator, uniqueName, type LocalEmulator } from '../target';

const dir = mkdtempSync(join(tmpdir(), 'arm-restart-'));
let running: LocalEmulator | undefined;
afterAll(async () => {
  await running?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('emulator restart', () => {
  it('finishes a registry create that was in flight when the emulator stopped', async () => {
    const dbPath = join(dir, 'arm.db');
    // Slow enough (a create takes seconds) that the stop surely lands mid-provisioning.
    running = await startLocalEmulator({ dbPath, timeScale: 0.1 });
    const { port, endpoint } = running;
    const owner = seeded.principals.owner.userPrincipalName;
    const sub = seeded.subscriptions.production.id;
    const rg = uniqueName('ct-rg-restart-');
    const name = uniqueName('ctrestart');

    const before = emulatorClientAs(endpoint, owner);
    await createOrUpdateResourceGroup(before, sub, rg, { location: 'eastus' });
    const { handle } = await beginCreateOrUpdateRegistry(before, sub, rg, name, registryBody('eastus', ['westus2', 'northeurope']));
    expect((await pollOperation(before, handle)).status).toBe('InProgress');
    const stored = encodeHandle(handle);
    await running.close();
    running = undefined;

    running = await startLocalEmulator({ dbPath, timeScale: 0.1, port });
    const after = emulatorClientAs(running.endpoint, owner);
    const result = await waitForOperation(after, decodeHandle(stored, after), { intervalMs: 200, timeoutMs: 45_000 });
    expect(result.status).toBe('Succeeded');
    const registry = await getRegistry(after, sub, rg, name);
    expect(registry.properties.regionDetails?.every((r) => r.storageAccountDetails?.[0]?.systemCreatedStorageAccount?.armResourceId?.resourceId)).toBe(true);
  }, 90_000);
});
