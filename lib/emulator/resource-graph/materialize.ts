// Builds the rows of one result page. String columns come straight from SQL; dynamic columns
// (properties, tags, identity, sku, systemData) are taken from the resource exactly as its own GET
// returns it — for a registry that is the registries RP's wire shape — and only for the page's rows and
// only when the projection asks for them.
import type { Emulator } from '../context';
import { toWireRegistry } from '../rp/registry-wire';
import { getRegistryByKey } from '../store/registries';
import type { PlannedRow } from '../store/resource-graph-query';
import { getResource } from '../store/resources';
import { withStatementCache } from '../store/statement-cache';
import type { Column } from './columns';
import { isStringColumn } from './columns';

type Json = Record<string, unknown>;
type Dynamic = Pick<Json, 'sku' | 'plan' | 'properties' | 'tags' | 'identity' | 'zones' | 'extendedLocation' | 'systemData'>;

const EMPTY: Dynamic = { sku: null, plan: null, properties: {}, tags: {}, identity: null, zones: null, extendedLocation: null, systemData: null };

function dynamicColumns(emulator: Emulator, row: PlannedRow): Dynamic {
  if (row.src === 'registry') {
    const registry = getRegistryByKey(emulator.db, row.key);
    if (!registry) return EMPTY;
    const wire = toWireRegistry(emulator, registry);
    return { ...EMPTY, sku: wire.sku ?? null, properties: wire.properties, tags: wire.tags ?? {}, identity: wire.identity ?? null, systemData: wire.systemData ?? null };
  }
  const resource = getResource(emulator.db, row.key);
  if (!resource) return EMPTY;
  return { ...EMPTY, sku: resource.sku ?? null, properties: { ...resource.properties, provisioningState: resource.provisioningState }, tags: resource.tags };
}

/** The page's rows restricted to `columns`, in that column order. */
export function materializeRows(emulator: Emulator, rows: PlannedRow[], columns: readonly Column[]): Json[] {
  const needsDynamic = columns.some((c) => !isStringColumn(c));
  if (needsDynamic) emulator = withStatementCache(emulator);
  return rows.map((row) => {
    const dynamic = needsDynamic ? dynamicColumns(emulator, row) : EMPTY;
    const out: Json = {};
    for (const c of columns) out[c] = isStringColumn(c) ? row[c] : dynamic[c];
    return out;
  });
}

/** ARG's `table` result format: column descriptors and rows as arrays. */
export function toTable(rows: Json[], columns: readonly Column[]): { columns: { name: string; type: string }[]; rows: unknown[][] } {
  return {
    columns: columns.map((name) => ({ name, type: isStringColumn(name) ? 'string' : 'object' })),
    rows: rows.map((r) => columns.map((c) => r[c])),
  };
}
