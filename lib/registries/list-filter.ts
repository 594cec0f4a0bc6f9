// Search, filters and sort of the registries list, on the client, fast enough to run on every keystroke at
// 10,000 rows: each row's search text is lowercased once (buildSearchIndex), then a view is one pass of
// `includes` plus one sort over the rows that remain.
import { listColumn, tagPairs, type ListItem } from './list-columns';
import type { ListViewState } from './list-view-state';
import type { RegistryRow } from './registry-row';

/** Lowercased "name resource-group tag keys and values" per row, keyed by row id. */
export type SearchIndex = ReadonlyMap<string, string>;

/** Builds the search text of every row: name, resource group, tag keys and values. */
export function buildSearchIndex(rows: readonly RegistryRow[]): SearchIndex {
  return new Map(rows.map((row) => [row.id, [row.name, row.resourceGroup, ...tagPairs(row.tags)].join('\n').toLowerCase()]));
}

/** Filter options present in the rows: subscriptions (id → name), resource groups and regions (name → display). */
export interface FilterOptions {
  subscriptions: { value: string; label: string }[];
  resourceGroups: { value: string; label: string }[];
  regions: { value: string; label: string }[];
}

/** The values the filters can offer, each sorted by label. */
export function filterOptionsOf(rows: readonly RegistryRow[]): FilterOptions {
  const subscriptions = new Map<string, string>();
  const groups = new Map<string, string>();
  const regions = new Map<string, string>();
  for (const row of rows) {
    subscriptions.set(row.subscriptionId, row.subscriptionName);
    groups.set(row.resourceGroup.toLowerCase(), row.resourceGroup);
    regions.set(row.location, row.locationDisplayName);
  }
  const sorted = (map: Map<string, string>) =>
    [...map].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label));
  // Resource groups are offered under the first casing seen; they match case-insensitively anyway.
  const groupOptions = [...groups.values()].map((name) => ({ value: name, label: name })).sort((a, b) => a.label.localeCompare(b.label));
  return { subscriptions: sorted(subscriptions), resourceGroups: groupOptions, regions: sorted(regions) };
}

/** The items the view shows, in its order. Resource groups and regions match case-insensitively, as in ARM. */
export function applyListView(items: readonly ListItem[], view: ListViewState, index: SearchIndex): ListItem[] {
  const needle = view.search.trim().toLowerCase();
  const subscriptions = new Set(view.subscriptions.map((id) => id.toLowerCase()));
  const groups = new Set(view.resourceGroups.map((name) => name.toLowerCase()));
  const regions = new Set(view.regions.map((name) => name.toLowerCase()));
  const shown = items.filter(({ row }) => {
    if (subscriptions.size && !subscriptions.has(row.subscriptionId.toLowerCase())) return false;
    if (groups.size && !groups.has(row.resourceGroup.toLowerCase())) return false;
    if (regions.size && !regions.has(row.location.toLowerCase())) return false;
    return !needle || (index.get(row.id) ?? '').includes(needle);
  });
  const column = listColumn(view.sort);
  const sign = view.direction === 'desc' ? -1 : 1;
  const keyed = shown.map((item) => ({ item, key: column.sortValue(item) }));
  keyed.sort((a, b) => sign * compareKeys(a.key, b.key) || a.item.row.id.localeCompare(b.item.row.id));
  return keyed.map(({ item }) => item);
}

function compareKeys(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return a < b ? -1 : a > b ? 1 : 0;
}
