// Azure Resource Graph through lib/arm: $skipToken paging over 2,500 bulk-seeded registries in exactly
// 3 requests, filters / project / order, 400 naming an unsupported operator, and RBAC trimming (a
// Reader of one subscription sees only that subscription's registries). Bulk seeding and the seeded
// principals exist only on the emulator.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRoleAssignment, deleteRoleAssignment } from '../authorization';
import type { ArmError } from '../errors';
import { subscriptionPath } from '../paths';
import { queryAllResources, queryResources } from '../resource-graph';
import { emulatorClientAs, seeded, startTarget, type ContractTarget } from './target';

const emulatorOnly = process.env.ARM_LIVE === '1' ? describe.skip : describe;
const REGISTRIES = "Resources | where type =~ 'microsoft.machinelearningservices/registries'";
const READER_ROLE = 'acdd72a7-3385-48ef-bd42-f606fba81ae7';

interface Row {
  id: string;
  name: string;
  type: string;
  subscriptionId: string;
  location: string;
  tags?: Record<string, string>;
}

let t: ContractTarget;
beforeAll(async () => {
  t = await startTarget();
}, 120_000);
afterAll(async () => {
  await t?.close();
});

async function bulkSeed(subscriptions: number, registries: number): Promise<{ prefix: string; subscriptionIds: string[] }> {
  const prefix = `ct${randomUUID().slice(0, 8)}`;
  const res = await fetch(`${t.controlEndpoint}/_emulator/bulk-seed`, { method: 'POST', body: JSON.stringify({ subscriptions, registries, prefix }) });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { subscriptions: { subscriptionId: string }[] };
  return { prefix, subscriptionIds: body.subscriptions.map((s) => s.subscriptionId) };
}

emulatorOnly('Resource Graph paging', () => {
  it('pages 2,500 registries with $skipToken in exactly 3 requests (1000 + 1000 + 500)', async () => {
    const { prefix } = await bulkSeed(5, 2500);
    const query = `${REGISTRIES} and name startswith '${prefix}-reg-' | project id, name, type, location, subscriptionId, tags, properties | order by name asc`;
    const first = await queryResources<Row>(t.client, { query, top: 1000 });
    expect(first).toMatchObject({ totalRecords: 2500, count: 1000 });
    expect(first.skipToken).toBeTruthy();

    const before = t.exchanges.length;
    const all = await queryAllResources<Row>(t.client, { query, pageSize: 1000 });
    expect(all.requests).toBe(3);
    expect(t.exchanges.length - before).toBe(3);
    expect(all.rows).toHaveLength(2500);
    expect(new Set(all.rows.map((r) => r.id)).size).toBe(2500);
    const names = all.rows.map((r) => r.name);
    expect(names).toEqual([...names].sort());
    expect(all.rows.every((r) => r.type === 'microsoft.machinelearningservices/registries')).toBe(true);
  });
});

emulatorOnly('Resource Graph queries', () => {
  it('filters by type, subscription and name, projects the asked columns and orders by several keys', async () => {
    const dev = seeded.subscriptions.development.id;
    const query = `${REGISTRIES} and subscriptionId in~ ('${dev.toUpperCase()}') and name !contains 'SPEECH' | project id, name, location | order by location desc, name asc`;
    const page = await queryResources<Row>(t.client, { query });
    expect(page.data.map((r) => r.name)).toEqual(['contoso-dev-registry', 'nlp-experiments']);
    expect(Object.keys(page.data[0])).toEqual(['id', 'name', 'location']);
    expect(page.data.map((r) => r.location)).toEqual(['westus2', 'northeurope']);
  });

  it.each([
    ['summarize', `${REGISTRIES} | summarize count() by location`],
    ['join', `${REGISTRIES} | join kind=inner (Resources) on id`],
    ['extend', `${REGISTRIES} | extend region = location`],
  ])('refuses %s with 400 naming it', async (operator, query) => {
    const err = await queryResources(t.client, { query }).then(
      () => undefined,
      (e: unknown) => e as ArmError,
    );
    expect(err).toMatchObject({ status: 400, code: 'BadRequest' });
    expect(err!.details.map((d) => d.code)).toContain('UnsupportedOperator');
    expect(err!.details.map((d) => d.message).join(' ')).toContain(`'${operator}'`);
  });

  it('shows a Reader of one subscription only that subscription’s registries', async () => {
    const prod = seeded.subscriptions.production.id;
    const assignment = await createRoleAssignment(t.client, subscriptionPath(prod), { roleDefinitionId: READER_ROLE, principalId: seeded.principals.noRole.id });
    try {
      const reader = emulatorClientAs(t.controlEndpoint, seeded.principals.noRole.userPrincipalName);
      const { rows } = await queryAllResources<Row>(reader, { query: `${REGISTRIES} | project id, name, subscriptionId` });
      expect(rows.length).toBeGreaterThanOrEqual(4);
      expect(rows.every((r) => r.subscriptionId === prod)).toBe(true);
      // Naming another subscription explicitly does not widen what it sees.
      const other = await queryResources<Row>(reader, { query: `${REGISTRIES} | project id`, subscriptions: [seeded.subscriptions.development.id] });
      expect(other.totalRecords).toBe(0);
    } finally {
      await deleteRoleAssignment(t.client, assignment.id);
    }
  });
});
