// Builds the rows of one result page. String columns come straight from SQL; dynamic columns
// (properties, tags, identity, sku, systemData) are taken from the resource exactly as its own GET
// returns it — for a registry that is the registries RP's wire shape — and only for the page's rows and
// only when the projection asks for them. The page's registries are read and shaped together (a few
// statements for the page, not a few per row: a page holds up to 1000).
import type { Emulator } from '../context';
import { toWireRegistries } from '../rp/registry-wire';
import { getRegistriesByKeys } from '../store/registries';
import type { PlannedRow } from '../store/resource-graph-query';
import { getResource } from '../store/resources';
import type { Column } from './columns';
import { isStringColumn } from './columns';

type Json = Record<string, unknown>;
type Dynamic = Pick<Json, 'sku' | 'plan' | 'properties' | 'tags' | 'identity' | 'zones' | 'extendedLocation' | 'systemData'>;

const EMPTY: Dynamic = { sku: null, plan: null, properties: {}, tags: {}, identity: null, zones: null, extendedLocation: null, systemData: null };

// The dynamic columns of the page's registries, by id key.
function registryColumns(emulator: Emulator, rows: readonly PlannedRow[]): Map<string, Dynamic> {
  const keys = rows.filter((row) => row.src === 'registry').map((row) => row.key);
  const registries = [...getRegistriesByKeys(emulator.db, keys).values()];
  const byKey = new Map<string, Dynamic>();
  toWireRegistries(emulator, registries).forEach((wire, i) => {
    byKey.set(registries[i].idKey, { ...EMPTY, sku: wire.sku ?? null, properties: wire.properties, tags: wire.tags ?? {}, identity: wire.identity ?? null, systemData: wire.systemData ?? null });
  });
  return byKey;
}

function resourceColumns(emulator: Emulator, row: PlannedRow): Dynamic {
  const resource = getResource(emulator.db, row.key);
  if (!resource) return EMPTY;
  return { ...EMPTY, sku: resource.sku ?? null, properties: { ...resource.properties, provisioningState: resource.provisioningState }, tags: resource.tags };
}

/** The page's rows restricted to `columns`, in that column order. */
export function materializeRows(emulator: Emulator, rows: PlannedRow[], columns: readonly Column[]): Json[] {
  const needsDynamic = columns.some((c) => !isStringColumn(c));
  const registries = needsDynamic ? registryColumns(emulator, rows) : new Map<string, Dynamic>();
  return rows.map((row) => {
    const dynamic = !needsDynamic ? EMPTY : row.src === 'registry' ? (registries.get(row.key) ?? EMPTY) : resourceColumns(emulator, row);
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
