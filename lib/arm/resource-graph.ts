// Azure Resource Graph (POST /providers/Microsoft.ResourceGraph/resources, arm-contract §3): one KQL query
// across every subscription the caller can read. Pages hold at most 1000 rows ($top) and continue with an
// opaque `$skipToken`, which ARG only issues when `id` is in the projection.
import 'server-only';
import { API_VERSIONS } from '@/lib/arm-facts/api-versions';
import type { ArmClient } from './client';
import type { WireResourceGraphResponse } from './wire-types';

/** ARG's largest page. */
export const MAX_GRAPH_PAGE_SIZE = 1000;
// A service that keeps handing out tokens would otherwise loop forever.
const MAX_PAGES = 10_000;

/** One query request: the KQL text, optional subscriptions to search, page size and continuation. */
export interface ResourceGraphQuery {
  query: string;
  subscriptions?: string[];
  /** Rows per page, 1–1000 (ARG's default is 100). */
  top?: number;
  skipToken?: string;
}

/** One page of results. */
export interface ResourceGraphPage<Row> {
  data: Row[];
  totalRecords: number;
  count: number;
  /** Present while more rows remain. */
  skipToken?: string;
}

/** Sends one query and returns one page; failures (400 with the reason in details, 403, 429) become ArmError. */
export async function queryResources<Row = Record<string, unknown>>(client: ArmClient, q: ResourceGraphQuery): Promise<ResourceGraphPage<Row>> {
  const options: Record<string, unknown> = { resultFormat: 'objectArray' };
  if (q.top !== undefined) options.$top = q.top;
  if (q.skipToken !== undefined) options.$skipToken = q.skipToken;
  const body: Record<string, unknown> = { query: q.query, options };
  if (q.subscriptions) body.subscriptions = q.subscriptions;
  const res = await client.send<WireResourceGraphResponse<Row>>({
    method: 'POST',
    path: '/providers/Microsoft.ResourceGraph/resources',
    apiVersion: API_VERSIONS.resourceGraph,
    body,
  });
  const page = res.body;
  return { data: page.data ?? [], totalRecords: page.totalRecords, count: page.count, skipToken: page.$skipToken || undefined };
}

/** Every row of a query, following `$skipToken`; `requests` is the number of pages fetched. */
export async function queryAllResources<Row = Record<string, unknown>>(
  client: ArmClient,
  q: { query: string; subscriptions?: string[]; pageSize?: number },
): Promise<{ rows: Row[]; requests: number }> {
  const top = Math.min(MAX_GRAPH_PAGE_SIZE, Math.max(1, q.pageSize ?? MAX_GRAPH_PAGE_SIZE));
  const rows: Row[] = [];
  const seen = new Set<string>();
  let requests = 0;
  let skipToken: string | undefined;
  do {
    if (requests >= MAX_PAGES) throw new Error(`Stopped paging a Resource Graph query after ${MAX_PAGES} pages`);
    const page: ResourceGraphPage<Row> = await queryResources<Row>(client, { query: q.query, subscriptions: q.subscriptions, top, skipToken });
    requests++;
    rows.push(...page.data);
    skipToken = page.skipToken;
    if (skipToken !== undefined) {
      if (seen.has(skipToken)) throw new Error('Resource Graph returned the same $skipToken twice');
      seen.add(skipToken);
    }
  } while (skipToken);
  return { rows, requests };
}
