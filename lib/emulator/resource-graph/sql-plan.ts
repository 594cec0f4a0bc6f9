// Turns a parsed query into SQL over the emulator's own tables, so filters, sort and limits run in
// SQLite even at 10,000 registries: the `Resources` index is registries (with their ARM id built from
// the row) UNION ALL the provider-created resources, restricted to what the caller may read. Each KQL
// operator wraps the relation before it, so the pipeline keeps KQL's order of evaluation; the sort
// order in force is re-applied at the end with the id as the tie-break, which keeps pages stable.
import type { SqlFragment } from './access-filter';
import { REGISTRY_TYPE } from './access-filter';
import type { StringColumn } from './columns';
import type { Comparison, ParsedQuery } from './kql-parser';

/** Cheap columns every planned row carries; `src` is 'registry' or 'resource', `key` the lowercase id. */
export const ROW_COLUMNS = ['src', 'key', 'id', 'name', 'type', 'tenantId', 'kind', 'location', 'resourceGroup', 'subscriptionId', 'managedBy'] as const;

/** A planned row as SQLite returns it. */
export type PlannedRow = Record<(typeof ROW_COLUMNS)[number], string>;

/** The SQL for one query: the count of all result rows and one page of them. */
export interface QueryPlan {
  count: SqlFragment;
  page: (offset: number, limit: number) => SqlFragment;
}

/** Which halves of the index a query can match, from `type` conditions that run before any `limit`. */
function branchesFor(query: ParsedQuery): { registries: boolean; resources: boolean } {
  const branches = { registries: true, resources: true };
  for (const op of query.operators) {
    if (op.kind === 'limit') break; // a where after a limit filters rows the limit already chose
    if (op.kind !== 'where') continue;
    for (const c of op.conditions) {
      if (c.column !== 'type' || !['==', '=~', 'in', 'in~'].includes(c.op)) continue;
      const caseless = c.op === '=~' || c.op === 'in~';
      const isRegistry = (v: string) => (caseless ? v.toLowerCase() : v) === REGISTRY_TYPE;
      branches.registries &&= c.values.some(isRegistry);
      branches.resources &&= c.values.some((v) => v.toLowerCase() !== REGISTRY_TYPE);
    }
  }
  return branches;
}

function baseRelation(tenantId: string, readable: SqlFragment, subscriptions: string[] | undefined, branches: { registries: boolean; resources: boolean }): SqlFragment {
  const registries = `SELECT 'registry' AS src, id_key AS key,
      '/subscriptions/' || subscription_id || '/resourceGroups/' || resource_group || '/providers/Microsoft.MachineLearningServices/registries/' || name AS id,
      name, '${REGISTRY_TYPE}' AS type, ? AS tenantId, CASE WHEN instr(spec_json, '"kind"') > 0 THEN ifnull(json_extract(spec_json, '$.kind'), '') ELSE '' END AS kind, location,
      resource_group_key AS resourceGroup, subscription_id AS subscriptionId, '' AS managedBy
    FROM registries`;
  const resources = `SELECT 'resource', id_key, id, name, lower(type), ?, ifnull(kind, ''), location, resource_group_key, subscription_id, ''
    FROM resources`;
  const union = [branches.registries ? registries : '', branches.resources ? resources : ''].filter(Boolean);
  // Both halves pruned: keep the column shape with no rows.
  const source = union.length ? union.join(' UNION ALL ') : `${registries} WHERE 0`;
  const params: unknown[] = [...(union.length ? union : [registries]).map(() => tenantId), ...readable.params];
  let where = `(${readable.sql})`;
  if (subscriptions) {
    where += ` AND lower(subscriptionId) IN (${subscriptions.map(() => '?').join(', ') || 'NULL'})`;
    params.push(...subscriptions.map((s) => s.toLowerCase()));
  }
  return { sql: `SELECT * FROM (${source}) WHERE ${where}`, params };
}

const lower = (column: StringColumn) => `lower(${column})`;

function condition(c: Comparison): SqlFragment {
  const col = c.column;
  const list = c.values.map(() => '?').join(', ');
  switch (c.op) {
    case '==':
      return { sql: `${col} = ?`, params: c.values };
    case '!=':
      return { sql: `${col} <> ?`, params: c.values };
    case '=~':
      return { sql: `${lower(col)} = lower(?)`, params: c.values };
    case '!~':
      return { sql: `${lower(col)} <> lower(?)`, params: c.values };
    case 'in':
      return { sql: `${col} IN (${list})`, params: c.values };
    case '!in':
      return { sql: `${col} NOT IN (${list})`, params: c.values };
    case 'in~':
      return { sql: `${lower(col)} IN (${list})`, params: c.values.map((v) => v.toLowerCase()) };
    case '!in~':
      return { sql: `${lower(col)} NOT IN (${list})`, params: c.values.map((v) => v.toLowerCase()) };
    case 'contains':
      return { sql: `instr(${lower(col)}, lower(?)) > 0`, params: c.values };
    case '!contains':
      return { sql: `instr(${lower(col)}, lower(?)) = 0`, params: c.values };
    case 'contains_cs':
      return { sql: `instr(${col}, ?) > 0`, params: c.values };
    case 'startswith':
      return { sql: `substr(${lower(col)}, 1, length(?)) = lower(?)`, params: [c.values[0], c.values[0]] };
    case '!startswith':
      return { sql: `substr(${lower(col)}, 1, length(?)) <> lower(?)`, params: [c.values[0], c.values[0]] };
  }
}

/** Plans a parsed query for a caller (its readable predicate) and an optional subscription list. */
export function planQuery(query: ParsedQuery, opts: { tenantId: string; readable: SqlFragment; subscriptions?: string[] }): QueryPlan {
  let relation = baseRelation(opts.tenantId, opts.readable, opts.subscriptions, branchesFor(query));
  let orderBy = 'key';
  for (const op of query.operators) {
    if (op.kind === 'where') {
      const parts = op.conditions.map(condition);
      relation = { sql: `SELECT * FROM (${relation.sql}) WHERE ${parts.map((p) => p.sql).join(' AND ')}`, params: [...relation.params, ...parts.flatMap((p) => p.params)] };
    } else if (op.kind === 'order') {
      orderBy = [...op.keys.map((k) => `${k.column} ${k.direction.toUpperCase()}`), 'key'].join(', ');
    } else if (op.kind === 'limit') {
      relation = { sql: `SELECT * FROM (${relation.sql}) ORDER BY ${orderBy} LIMIT ${Math.max(0, Math.floor(op.count))}`, params: relation.params };
    }
  }
  const final = relation;
  return {
    count: { sql: `SELECT count(*) AS n FROM (${final.sql})`, params: final.params },
    page: (offset, limit) => ({ sql: `SELECT * FROM (${final.sql}) ORDER BY ${orderBy} LIMIT ? OFFSET ?`, params: [...final.params, limit, offset] }),
  };
}
