// Bulk seeding over HTTP: N subscriptions visible to the seeded principals with their roles, M registries
// spread across them that read back as fully provisioned through the ordinary ARM routes, idempotent
// per prefix, loud on bad input.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WireRegistry } from '@/lib/arm/wire-types';
import { SEED_PRINCIPALS } from '../seed/principals';
import type { EmulatorFixture } from '../testing/emulator-fixture';
import { startFixture } from '../testing/emulator-fixture';

type SeedReply = { prefix: string; subscriptions: { subscriptionId: string; displayName: string }[]; registries: { requested: number; created: number; existing: number } };

let f: EmulatorFixture;
beforeAll(async () => {
  f = await startFixture();
});
afterAll(async () => {
  await f?.close();
});

async function seed(body: unknown): Promise<{ status: number; body: SeedReply }> {
  const res = await fetch(`${f.url}/_emulator/bulk-seed`, { method: 'POST', body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as SeedReply };
}

describe('POST /_emulator/bulk-seed', () => {
  it('creates subscriptions and provisioned registries, and is idempotent per prefix', async () => {
    const prefix = `t${randomBytes(3).toString('hex')}`;
    const first = await seed({ subscriptions: 3, registries: 30, prefix });
    expect(first.status).toBe(200);
    expect(first.body.subscriptions).toHaveLength(3);
    expect(first.body.registries).toEqual({ requested: 30, created: 30, existing: 0 });
    const again = await seed({ subscriptions: 3, registries: 30, prefix });
    expect(again.body.subscriptions).toEqual(first.body.subscriptions);
    expect(again.body.registries).toEqual({ requested: 30, created: 0, existing: 30 });

    // The seeded principals see the new subscriptions with their roles (Reader here).
    const subs = await f.arm<{ value: { subscriptionId: string }[] }>('GET', '/subscriptions?api-version=2022-12-01', { principal: SEED_PRINCIPALS.reader.userPrincipalName });
    expect(subs.body.value.map((s) => s.subscriptionId)).toEqual(expect.arrayContaining(first.body.subscriptions.map((s) => s.subscriptionId)));

    const sub = first.body.subscriptions[0].subscriptionId;
    const provider = await f.arm<{ registrationState: string }>('GET', `/subscriptions/${sub}/providers/Microsoft.MachineLearningServices?api-version=2021-04-01`);
    expect(provider.body.registrationState).toBe('Registered');
    const list = await f.arm<{ value: WireRegistry[] }>('GET', `/subscriptions/${sub}/providers/Microsoft.MachineLearningServices/registries?api-version=2025-09-01`);
    expect(list.body.value).toHaveLength(10);
    const withRegions = list.body.value.find((r) => (r.properties.regionDetails ?? []).length > 1)!;
    expect(withRegions).toBeDefined();
    const regions = withRegions.properties.regionDetails ?? [];
    for (const region of regions) {
      expect(region.storageAccountDetails?.[0].systemCreatedStorageAccount?.storageAccountName).toMatch(/^[a-z0-9]{3,24}$/);
      expect(region.acrDetails?.[0].systemCreatedAcrAccount?.armResourceId?.resourceId).toContain('Microsoft.ContainerRegistry/registries');
    }
    expect((withRegions.properties as { provisioningState?: string }).provisioningState).toBe('Succeeded');
    expect(withRegions.systemData?.createdBy).toMatch(/@contoso\.onmicrosoft\.com$/);
    // The managed storage account answers its own GET.
    const storageId = String(regions[0].storageAccountDetails?.[0].systemCreatedStorageAccount?.armResourceId?.resourceId);
    const storage = await f.arm<{ properties: { provisioningState: string } }>('GET', `${storageId}?api-version=2023-05-01`);
    expect(storage.body.properties.provisioningState).toBe('Succeeded');
  });

  it('refuses bad counts and prefixes with 400 InvalidRequestContent', async () => {
    for (const body of [{ subscriptions: 0, registries: 1 }, { subscriptions: 1, registries: -1 }, { subscriptions: 1, registries: 1, prefix: 'bad prefix' }, {}]) {
      const res = await fetch(`${f.url}/_emulator/bulk-seed`, { method: 'POST', body: JSON.stringify(body) });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('InvalidRequestContent');
    }
  });
});
