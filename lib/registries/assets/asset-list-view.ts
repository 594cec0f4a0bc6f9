// A kind tab's view state, as it lives in the URL (`?tab=models&q=…&tag=…&archived=1&sort=…&dir=…`, so deep
// links survive a reload), and the rows it shows. Containers come from ARM page by page and ARM's container
// lists take neither a search nor an order (mfe.json: only listViewType and $skip), so search, tag filter
// and sort apply to the rows loaded so far; the tab loads further pages while a search is active.
import type { ListViewType } from '@/lib/arm/asset-wire-types';
import { compareIgnoringCase, compareNumeric } from '../english-order';
import type { AssetRow } from './asset-view';

/** Columns the table sorts by. */
export const ASSET_SORTS = ['name', 'latest', 'created', 'modified'] as const;

/** One sortable column. */
export type AssetSort = (typeof ASSET_SORTS)[number];

/** What the person chose to see. */
export interface AssetListView {
  q: string;
  /** "key" or "key=value". */
  tag: string;
  /** Archived assets shown too (listViewType All) rather than only active ones. */
  archived: boolean;
  sort: AssetSort;
  dir: 'asc' | 'desc';
}

/** Newest change first, active assets only. */
export const DEFAULT_ASSET_LIST_VIEW: AssetListView = { q: '', tag: '', archived: false, sort: 'modified', dir: 'desc' };

const MAX_TEXT = 200;

/** The view from search parameters; anything unknown falls back to the default. */
export function parseAssetListView(params: URLSearchParams): AssetListView {
  const sort = params.get('sort');
  const dir = params.get('dir');
  return {
    q: (params.get('q') ?? '').slice(0, MAX_TEXT),
    tag: (params.get('tag') ?? '').slice(0, MAX_TEXT),
    archived: params.get('archived') === '1',
    sort: ASSET_SORTS.includes(sort as AssetSort) ? (sort as AssetSort) : DEFAULT_ASSET_LIST_VIEW.sort,
    dir: dir === 'asc' || dir === 'desc' ? dir : DEFAULT_ASSET_LIST_VIEW.dir,
  };
}

/** Writes the view into `params` (defaults left out, so the plain tab link stays `?tab=models`). */
export function writeAssetListView(params: URLSearchParams, view: AssetListView): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (key: string, value: string, fallback: string) => (value === fallback ? next.delete(key) : next.set(key, value));
  set('q', view.q, '');
  set('tag', view.tag, '');
  set('archived', view.archived ? '1' : '0', '0');
  set('sort', view.sort, DEFAULT_ASSET_LIST_VIEW.sort);
  set('dir', view.dir, DEFAULT_ASSET_LIST_VIEW.dir);
  return next;
}

/** The listViewType to ask ARM for. */
export function listViewTypeOf(view: Pick<AssetListView, 'archived'>): Extract<ListViewType, 'ActiveOnly' | 'All'> {
  return view.archived ? 'All' : 'ActiveOnly';
}

function tagMatches(tags: Record<string, string>, filter: string): boolean {
  const eq = filter.indexOf('=');
  const key = (eq < 0 ? filter : filter.slice(0, eq)).trim().toLowerCase();
  const value = eq < 0 ? null : filter.slice(eq + 1).trim().toLowerCase();
  if (!key) return true;
  return Object.entries(tags).some(([k, v]) => k.toLowerCase() === key && (value === null || v.toLowerCase() === value));
}

const compareVersions = (a: string | null, b: string | null) => compareNumeric(a ?? '', b ?? '');

const COMPARE: Record<AssetSort, (a: AssetRow, b: AssetRow) => number> = {
  name: (a, b) => compareIgnoringCase(a.name, b.name),
  latest: (a, b) => compareVersions(a.latestVersion, b.latestVersion),
  created: (a, b) => (a.createdAt ?? '').localeCompare(b.createdAt ?? ''),
  modified: (a, b) => (a.modifiedAt ?? a.createdAt ?? '').localeCompare(b.modifiedAt ?? b.createdAt ?? ''),
};

/** The rows the view shows, in its order. Archived rows are dropped here too when ARM could not filter them (components). */
export function shownAssetRows(rows: readonly AssetRow[], view: AssetListView): AssetRow[] {
  const q = view.q.trim().toLowerCase();
  const sign = view.dir === 'asc' ? 1 : -1;
  return rows
    .filter((r) => view.archived || !r.isArchived)
    .filter((r) => !q || r.name.toLowerCase().includes(q) || r.description.toLowerCase().includes(q))
    .filter((r) => !view.tag.trim() || tagMatches(r.tags, view.tag))
    .sort((a, b) => sign * COMPARE[view.sort](a, b) || a.name.localeCompare(b.name));
}

/** True when the view narrows the rows (so more pages may hold matches). */
export function isNarrowed(view: AssetListView): boolean {
  return view.q.trim() !== '' || view.tag.trim() !== '';
}
