// Provisioning is driven by stored timestamps: an emulator restarted (same FILE database) in the middle
// of a registry create still ends in Succeeded, and tokens survive the restart. --reset re-seeds.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SEED_SUBSCRIPTIONS } from './seed';
import type { EmulatorFixture } from './testing/emulator-fixture';
import { pollUntil, registryBody, startFixture, uniqueName } from './testing/emulator-fixture';

const dir = mkdtempSync(join(tmpdir(), 'arm-emulator-restart-'));
const dbPath = join(dir, 'arm.db');
const PROD = SEED_SUBSCRIPTIONS.production.id;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('restart', () => {
  it('finishes a registry create that was in progress when the emulator stopped', async () => {
    const first: EmulatorFixture = await startFixture({ dbPath, timeScale: 0.05 });
    const token = await first.token();
    const name = uniqueName('restart');
    const path = `/subscriptions/${PROD}/resourceGroups/rg-ml-prod/providers/Microsoft.MachineLearningServices/registries/${name}?api-version=2025-09-01`;
    const put = await first.arm('PUT', path, { body: registryBody(['eastus', 'westeurope', 'japaneast']) });
    expect(put.status).toBe(201);
    const statusPath = new URL(put.headers.get('azure-asyncoperation')!).pathname + '?api-version=2025-09-01';
    expect((await first.arm<{ status: string }>('GET', statusPath)).body.status).toBe('InProgress');
    await first.close();

    const second = await startFixture({ dbPath, timeScale: 0.05 });
    try {
      const reused = await fetch(`${second.url}${statusPath}`, { headers: { Authorization: `Bearer ${token}` } });
      expect(reused.status).toBe(200);
      const done = await pollUntil(() => second.arm<{ status: string }>('GET', statusPath), (r) => r.body.status !== 'InProgress', 20_000);
      expect(done.body.status).toBe('Succeeded');
      const registry = await second.arm<{ properties: { regionDetails: { storageAccountDetails: { systemCreatedStorageAccount: { storageAccountName?: string } }[] }[] } }>('GET', path);
      expect(registry.body.properties.regionDetails.map((r) => Boolean(r.storageAccountDetails[0].systemCreatedStorageAccount.storageAccountName))).toEqual([true, true, true]);
    } finally {
      await second.close();
    }

    const reset = await startFixture({ dbPath, reset: true });
    try {
      const gone = await reset.arm<{ error: { code: string } }>('GET', path);
      expect(gone.body.error.code).toBe('ResourceNotFound');
      const seeded = await reset.arm<{ value: unknown[] }>('GET', `/subscriptions/${PROD}/providers/Microsoft.MachineLearningServices/registries?api-version=2025-09-01`);
      expect(seeded.body.value.length).toBeGreaterThanOrEqual(4);
    } finally {
      await reset.close();
    }
  });
});
