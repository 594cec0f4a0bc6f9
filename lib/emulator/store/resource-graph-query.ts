// Turns a parsed query into SQL over the emulator's own tables, so filters, sort and limits run in
// SQLite even at 10,000 registries: the `Resources` index is registries (with their ARM id built from
// the row) UNION ALL the provider-created resources, restricted to what the caller may read. Each KQL
// operator wraps the relation before it, so the pipeline keeps KQL's order of evaluation; the sort
// order in force is re-applied at the end with the id as the tie-break, which keeps pages stable.
// RBAC trimming arrives as grants (resource-graph/access-filter.ts decides them) and becomes one SQL
// predicate here, so filtering happens in SQLite and not row by row in JavaScript.
import type { StringColumn } from '../resource-graph/columns';
import type { Comparison, ParsedQuery } from '../resource-graph/kql-parser';
import type { Db } from './db';

/** A SQL fragment and its positional parameters. */
export interface SqlFragment {
  sql: string;
  params: unknown[];
}

/** The registries type as the index stores it (lowercase). */
export const REGISTRY_TYPE = 'microsoft.machinelearningservices/registries';

/** Where a caller may read, and which (lowercase) types there: no subscription = the root scope. */
export interface ReadableGrant {
  subscriptionId?: string;
  resourceGroup?: string;
  /** Lowercase resource id: the resource itself and its children. */
  resourceKey?: string;
  types: readonly string[] | 'all';
}

function grantScope(g: ReadableGrant): SqlFragment {
  if (g.resourceKey) return { sql: '(key = ? OR substr(key, 1, ?) = ?)', params: [g.resourceKey, g.resourceKey.length + 1, `${g.resourceKey}/`] };
  if (!g.subscriptionId) return { sql: '1', params: [] };
  if (g.resourceGroup) return { sql: '(lower(subscriptionId) = ? AND resourceGroup = ?)', params: [g.subscriptionId.toLowerCase(), g.resourceGroup.toLowerCase()] };
  return { sql: 'lower(subscriptionId) = ?', params: [g.subscriptionId.toLowerCase()] };
}

/** The predicate selecting the rows the grants allow; `0` when they allow nothing. */
export function readablePredicate(grants: readonly ReadableGrant[]): SqlFragment {
  const fullSubscriptions: string[] = [];
  const parts: SqlFragment[] = [];
  for (const g of grants) {
    // Bulk-seeded tenants hold one full-read role per subscription: one IN list instead of thousands of ORs.
    if (g.types === 'all' && g.subscriptionId && !g.resourceGroup && !g.resourceKey) {
      fullSubscriptions.push(g.subscriptionId.toLowerCase());
      continue;
    }
    const scope = grantScope(g);
    if (g.types === 'all') parts.push(scope);
    else parts.push({ sql: `(${scope.sql} AND type IN (${g.types.map(() => '?').join(', ')}))`, params: [...scope.params, ...g.types] });
  }
  if (fullSubscriptions.length) parts.unshift({ sql: `lower(subscriptionId) IN (${fullSubscriptions.map(() => '?').join(', ')})`, params: fullSubscriptions });
  if (parts.length === 0) return { sql: '0', params: [] };
  return { sql: parts.map((p) => p.sql).join(' OR '), params: parts.flatMap((p) => p.params) };
}

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

/** Plans a parsed query for a caller (what its grants allow) and an optional subscription list. */
export function planQuery(query: ParsedQuery, opts: { tenantId: string; grants: readonly ReadableGrant[]; subscriptions?: string[] }): QueryPlan {
  let relation = baseRelation(opts.tenantId, readablePredicate(opts.grants), opts.subscriptions, branchesFor(query));
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

/** Runs a plan: the total row count and the rows of one page. */
export function runQueryPlan(db: Db, plan: QueryPlan, offset: number, limit: number): { totalRecords: number; rows: PlannedRow[] } {
  const totalRecords = (db.prepare(plan.count.sql).get(...plan.count.params) as { n: number }).n;
  const page = plan.page(offset, limit);
  return { totalRecords, rows: db.prepare(page.sql).all(...page.params) as PlannedRow[] };
}
