// The registries list through Azure Resource Graph: one KQL query over every subscription the principal can
// read, paged with $skipToken at ARG's maximum page size of 1000 (arm-contract §3 "Resource Graph"), as the
// Portal's browse does. N registries cost ceil(N/1000) requests, whatever the number of subscriptions. A caller
// may stop after some pages and continue later from the returned $skipToken (the page renders the first page
// on the server and loads the rest from the browser).
import 'server-only';
import type { ArmClient } from '@/lib/arm/client';
import { queryResources } from '@/lib/arm/resource-graph';
import type { WireRegistry } from '@/lib/arm/wire-types';
import { toRegistryRow, type LocationNames, type RegistryRow } from '@/lib/registries/registry-row';
import { REGISTRY_RESOURCE_TYPE_LOWER } from '@/lib/arm-facts/resource-types';
import { noteOwnStates } from './own-states-seen';

// ARG returns `type` lowercased and compares with =~ (case-insensitive). Paging needs `id` in the projection;
// ordering by name (unique in a tenant) keeps pages stable and makes the first page the list's first rows.
/** The Resource Graph query of the registries list. */
export const REGISTRIES_GRAPH_QUERY =
  `Resources | where type =~ '${REGISTRY_RESOURCE_TYPE_LOWER}' ` +
  '| project id, name, type, location, resourceGroup, subscriptionId, tags, properties, systemData | order by name asc, id asc';

/** ARG's largest page ($top ≤ 1000). */
export const GRAPH_PAGE_SIZE = 1000;
// A service that keeps handing out tokens would otherwise loop forever.
const MAX_PAGES = 10_000;

/** An ARG row of the projection above: the registry's ARM JSON plus ARG's subscriptionId and resourceGroup. */
export type GraphRegistry = WireRegistry & { subscriptionId?: string; resourceGroup?: string };

/** Where to start and when to stop: from `skipToken` (default the start), at most `maxPages` pages. */
export interface GraphReadOptions {
  skipToken?: string;
  maxPages?: number;
  /** Rows in the first page (default 1000); later pages hold 1000. ARG's token carries the offset, not the size. */
  firstPageSize?: number;
}

/** Registries from Resource Graph (ARM JSON), the requests made, ARG's total and the token to continue from. */
export interface GraphRead {
  items: GraphRegistry[];
  requests: number;
  totalRecords: number;
  skipToken: string | null;
}

/** Reads pages of the registries query. Throws ArmError when ARG fails. */
export async function listRegistriesViaGraph(
  client: ArmClient,
  { skipToken, maxPages = MAX_PAGES, firstPageSize = GRAPH_PAGE_SIZE }: GraphReadOptions = {},
): Promise<GraphRead> {
  const items: GraphRegistry[] = [];
  const seen = new Set<string>();
  let next = skipToken;
  let requests = 0;
  let totalRecords = 0;
  do {
    const top = requests === 0 ? firstPageSize : GRAPH_PAGE_SIZE;
    const page = await queryResources<GraphRegistry>(client, { query: REGISTRIES_GRAPH_QUERY, top, skipToken: next });
    requests++;
    items.push(...page.data);
    totalRecords = page.totalRecords;
    next = page.skipToken;
    if (next !== undefined && seen.has(next)) throw new Error('Resource Graph returned the same $skipToken twice');
    if (next !== undefined) seen.add(next);
  } while (next && requests < maxPages);
  // The same answer holds the registries' own states: the render's on-screen status read uses them.
  noteOwnStates(items);
  return { items: dedupeById(items), requests, totalRecords, skipToken: next ?? null };
}

// Offset-based pages can repeat a row when registries are created while the list is read; keep the first.
function dedupeById(items: GraphRegistry[]): GraphRegistry[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = (item.id ?? '').toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Ids of subscriptions in `items` that `subscriptionNames` does not know (its cache predates them). */
export function unknownSubscriptions(items: readonly GraphRegistry[], subscriptionNames: ReadonlyMap<string, string>): boolean {
  return items.some((item) => item.subscriptionId && !subscriptionNames.has(item.subscriptionId.toLowerCase()));
}

/** Maps ARG rows to list rows with subscription and region display names (ids and ARM names when unknown). */
export function graphRows(items: readonly GraphRegistry[], subscriptionNames: ReadonlyMap<string, string>, regionNames: LocationNames): RegistryRow[] {
  const rows: RegistryRow[] = [];
  for (const item of items) {
    const subscriptionId = item.subscriptionId ?? '';
    const displayName = subscriptionNames.get(subscriptionId.toLowerCase()) ?? subscriptionId;
    const row = toRegistryRow(item, { subscriptionId, displayName }, regionNames);
    if (row) rows.push(row);
  }
  return rows;
}
