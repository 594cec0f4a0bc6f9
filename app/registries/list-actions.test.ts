// The list's server actions against a real emulator (only the session's choice of ARM client is replaced): the
// page's first answer holds one screenful of rows, sorted by name, with a continuation; the browser's
// follow-up reads bring every other registry exactly once; the first rows' statuses are read on their own.
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { createArmClient, type ArmClient } from '@/lib/arm/client';
import { EmulatorCredential } from '@/lib/arm/emulator-credential';
import { startFixture, type EmulatorFixture } from '@/lib/emulator/testing/emulator-fixture';
import { SEED_PRINCIPALS } from '@/lib/emulator/seed';

const acting = vi.hoisted(() => ({ client: null as ArmClient | null }));
vi.mock('@/lib/session/arm-client', () => ({ getConsoleArmClient: async () => acting.client }));

const { listMoreRegistriesAction, listRegistriesAction, screenStatusesAction } = await import('./actions');

let fixture: EmulatorFixture;

beforeAll(async () => {
  fixture = await startFixture();
  const seeded = await fetch(`${fixture.url}/_emulator/bulk-seed`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ subscriptions: 2, registries: 120, prefix: 'screenful' }),
  });
  expect(seeded.status).toBeLessThan(300);
  const owner = SEED_PRINCIPALS.owner.userPrincipalName;
  acting.client = createArmClient({ endpoint: fixture.url, credential: new EmulatorCredential(fixture.url, owner), retry: { maxRetries: 0 } });
}, 60_000);

afterAll(async () => {
  await fixture?.close();
});

it('answers the page with one screenful of rows and a continuation that brings the rest once', async () => {
  const first = await listRegistriesAction();
  if (!first.ok) throw new Error(first.message);
  // A 1440 px tall window's table: 100vh - 330 px of 44 px rows (actions.ts).
  expect(first.data.rows).toHaveLength(25);
  expect(first.data.totalRecords).toBeGreaterThanOrEqual(126);
  const names = first.data.rows.map((row) => row.name);
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));

  const ids = first.data.rows.map((row) => row.id.toLowerCase());
  let continuation = first.data.continuation;
  expect(continuation).not.toBeNull();
  while (continuation) {
    const more = await listMoreRegistriesAction(continuation);
    if (!more.ok) throw new Error(more.message);
    ids.push(...more.data.rows.map((row) => row.id.toLowerCase()));
    continuation = more.data.continuation;
  }
  expect(ids).toHaveLength(first.data.totalRecords);
  expect(new Set(ids).size).toBe(ids.length);
});

it('reads the statuses of the first rows alone, and no registry address it cannot validate', async () => {
  const first = await listRegistriesAction();
  if (!first.ok) throw new Error(first.message);
  const [shown] = first.data.rows;
  const hostile = { subscriptionId: shown.subscriptionId, resourceGroup: "rg') or type != ('", name: 'whatever' };
  const statuses = await screenStatusesAction([{ subscriptionId: shown.subscriptionId, resourceGroup: shown.resourceGroup, name: shown.name }, hostile]);
  // Bulk-seeded registries are provisioned and no deployment touched them: Ready. The hostile address is
  // dropped before it reaches Resource Graph; the other rows are not read (otherwise null).
  expect(statuses).toEqual({ byId: { [shown.id.toLowerCase()]: 'Ready' }, otherwise: null });
});
