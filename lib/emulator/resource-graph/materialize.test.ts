// A Resource Graph page's dynamic columns cost a few SQL statements for the whole page, not a few per row:
// the list's first screen asks 40 registries with their properties, and pages go up to 1000.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../context';
import { SEED_PRINCIPALS } from '../seed/principals';
import { TENANT_ID } from '../seed/tenant';
import type { Db } from '../store/db';
import { planQuery, runQueryPlan, type PlannedRow } from '../store/resource-graph-query';
import { startFixture, type EmulatorFixture } from '../testing/emulator-fixture';
import { readableGrants } from './access-filter';
import { parseKql } from './kql-parser';
import { materializeRows } from './materialize';

const QUERY = "Resources | where type =~ 'microsoft.machinelearningservices/registries' | project id, name, tags, properties, systemData | order by name asc";

let f: EmulatorFixture;
let rows: PlannedRow[];
beforeAll(async () => {
  f = await startFixture();
  const { db } = f.emulator;
  const parsed = parseKql(QUERY);
  rows = runQueryPlan(db, planQuery(parsed, { tenantId: TENANT_ID, grants: readableGrants(db, SEED_PRINCIPALS.owner.id) }), 0, 100).rows;
});
afterAll(async () => {
  await f?.close();
});

// The emulator with a database that counts the statements it executes.
function counting(emulator: Emulator): { emulator: Emulator; executed: () => number } {
  let executed = 0;
  const db = new Proxy(emulator.db, {
    get(target, prop) {
      if (prop !== 'prepare') return Reflect.get(target, prop, target) as unknown;
      return (sql: string) => {
        const statement = target.prepare(sql);
        return new Proxy(statement, {
          get(s, name) {
            const value = Reflect.get(s, name, s) as unknown;
            if (typeof value !== 'function') return value;
            return (...args: unknown[]) => {
              if (name === 'all' || name === 'get' || name === 'run') executed++;
              return (value as (...a: unknown[]) => unknown).apply(s, args);
            };
          },
        });
      };
    },
  }) as Db;
  return { emulator: { ...emulator, db }, executed: () => executed };
}

describe('materializeRows', () => {
  it('reads a page of registries in as many statements as a page of one', () => {
    expect(rows.length).toBeGreaterThan(5);
    const one = counting(f.emulator);
    materializeRows(one.emulator, rows.slice(0, 1), ['id', 'properties']);
    const all = counting(f.emulator);
    const out = materializeRows(all.emulator, rows, ['id', 'name', 'tags', 'properties', 'systemData']);
    expect(all.executed()).toBe(one.executed());
    expect(out.map((r) => r.name)).toEqual(rows.map((r) => r.name));
    expect(out.every((r) => typeof (r.properties as { provisioningState?: unknown }).provisioningState === 'string')).toBe(true);
  });
});
