// The registries list's view (search, filters, sort, hidden columns) as URL query parameters, so a reload or a
// shared link shows the same view: `?q=vision&sub=<id>&rg=rg-ml&region=eastus&sort=created&dir=desc&hide=tags`.
// Filters and hidden columns repeat (`&region=eastus&region=westeurope`). Unknown or malformed values are
// dropped, never trusted; Name cannot be hidden (it is the row's link).
import { LIST_COLUMN_IDS, type ListColumnId } from './list-columns';

/** Sort direction. */
export type SortDirection = 'asc' | 'desc';

/** What the list shows: search text, filter selections and sort. */
export interface ListViewState {
  search: string;
  subscriptions: string[];
  resourceGroups: string[];
  regions: string[];
  sort: ListColumnId;
  direction: SortDirection;
  /** Columns the person chose not to see, in display order (never `name`). */
  hidden: ListColumnId[];
}

/** The view with nothing filtered, sorted by name. */
export const DEFAULT_VIEW: ListViewState = {
  search: '',
  subscriptions: [],
  resourceGroups: [],
  regions: [],
  sort: 'name',
  direction: 'asc',
  hidden: [],
};

/** Columns the person may hide: every one but Name. */
export const HIDEABLE_COLUMN_IDS: readonly ListColumnId[] = LIST_COLUMN_IDS.filter((id) => id !== 'name');

const MAX_SEARCH = 200;
const MAX_VALUES = 100;

/** Reads the view from URL parameters (a URLSearchParams or Next's `searchParams` object). */
export function parseListView(params: URLSearchParams | Record<string, string | string[] | undefined>): ListViewState {
  const all = (key: string): string[] => {
    const raw = params instanceof URLSearchParams ? params.getAll(key) : [params[key] ?? []].flat();
    return [...new Set(raw.map((value) => value.trim()).filter(Boolean))].slice(0, MAX_VALUES);
  };
  const sort = all('sort')[0];
  return {
    search: (all('q')[0] ?? '').slice(0, MAX_SEARCH),
    subscriptions: all('sub'),
    resourceGroups: all('rg'),
    regions: all('region'),
    sort: LIST_COLUMN_IDS.includes(sort as ListColumnId) ? (sort as ListColumnId) : DEFAULT_VIEW.sort,
    direction: all('dir')[0] === 'desc' ? 'desc' : 'asc',
    hidden: HIDEABLE_COLUMN_IDS.filter((id) => all('hide').includes(id)),
  };
}

/** The view as a query string (without `?`); defaults are left out so the plain list has a plain URL. */
export function serializeListView(view: ListViewState): string {
  const params = new URLSearchParams();
  if (view.search.trim()) params.set('q', view.search.trim());
  for (const id of view.subscriptions) params.append('sub', id);
  for (const name of view.resourceGroups) params.append('rg', name);
  for (const name of view.regions) params.append('region', name);
  if (view.sort !== DEFAULT_VIEW.sort || view.direction !== DEFAULT_VIEW.direction) {
    params.set('sort', view.sort);
    params.set('dir', view.direction);
  }
  for (const id of view.hidden) params.append('hide', id);
  return params.toString();
}

/** True when any search or filter narrows the list. */
export function isFiltered(view: ListViewState): boolean {
  return Boolean(view.search.trim()) || view.subscriptions.length > 0 || view.resourceGroups.length > 0 || view.regions.length > 0;
}
