// Runs a Resource Graph query for a caller: parse, plan (RBAC, filters, sort, limits in SQL), count,
// cut the requested page, materialise its rows. Paging follows ARG: `$top` rows per page (default 100,
// at most 1000), `$skipToken` while rows remain — which requires `id` in the projection; without it a
// first page that cannot hold every row says `resultTruncated: "true"` and a paging request is refused.
import type { Caller, Emulator } from '../context';
import { planQuery, runQueryPlan } from '../store/resource-graph-query';
import { readableGrants } from './access-filter';
import { KqlError } from './kql-error';
import { parseKql } from './kql-parser';
import { materializeRows, toTable } from './materialize';
import type { ResourceGraphRequest } from './request';
import { decodeSkipToken, encodeSkipToken, queryFingerprint } from './skip-token';

/** ARG's QueryResponse. */
export interface ResourceGraphResponse {
  totalRecords: number;
  count: number;
  resultTruncated: 'true' | 'false';
  $skipToken?: string;
  data: unknown;
  facets: unknown[];
}

const DEFAULT_TOP = 100;

/** Executes one query for `caller`. Throws KqlError for queries or options the emulator refuses. */
export function runResourceGraphQuery(emulator: Emulator, caller: Caller, req: ResourceGraphRequest): ResourceGraphResponse {
  const parsed = parseKql(req.query);
  const pageable = parsed.output.includes('id');
  const fingerprint = queryFingerprint(req.query, req.subscriptions);
  let offset = req.skip ?? 0;
  let top = req.top ?? DEFAULT_TOP;
  if (req.skipToken) {
    const state = decodeSkipToken(req.skipToken, fingerprint);
    // Explicit $skip / $top override what the token carries (QueryRequestOptions).
    offset = req.skip ?? state.offset;
    top = req.top ?? state.top;
  }
  if ((req.skipToken || offset > 0) && !pageable) {
    throw new KqlError('InvalidQueryOptions', "Paging requires the 'id' column in the query's projection; add 'id' to project.");
  }
  const db = emulator.db;
  const plan = planQuery(parsed, { tenantId: caller.tid, grants: readableGrants(db, caller.oid), subscriptions: req.subscriptions });
  const { totalRecords, rows } = runQueryPlan(db, plan, offset, top);
  const objects = materializeRows(emulator, rows, parsed.output);
  const more = offset + rows.length < totalRecords;
  const response: ResourceGraphResponse = {
    totalRecords,
    count: rows.length,
    resultTruncated: more && !pageable ? 'true' : 'false',
    data: req.resultFormat === 'table' ? toTable(objects, parsed.output) : objects,
    facets: [],
  };
  if (more && pageable) response.$skipToken = encodeSkipToken({ offset: offset + rows.length, top }, fingerprint);
  return response;
}
