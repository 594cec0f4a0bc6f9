// The list parameters of mfe.json's registry asset lists: listViewType (ActiveOnly default, ArchivedOnly,
// All), $orderBy, $top, tags / $tags ("tag1,tag2=value2"), and the model-version filters version,
// description, properties. Unknown values are refused loudly (400), never silently ignored.
import { userError } from '../errors';

/** ListViewType of mfe.json. */
export type ListViewType = 'ActiveOnly' | 'ArchivedOnly' | 'All';

const VIEWS: ListViewType[] = ['ActiveOnly', 'ArchivedOnly', 'All'];

/** listViewType from the query (case-insensitive), ActiveOnly when absent. */
export function listViewTypeOf(query: URLSearchParams): ListViewType {
  const raw = query.get('listViewType');
  if (raw === null || raw === '') return 'ActiveOnly';
  const view = VIEWS.find((v) => v.toLowerCase() === raw.toLowerCase());
  if (!view) throw userError(`listViewType '${raw}' is not valid; use one of ${VIEWS.join(', ')}.`, 'listViewType');
  return view;
}

/** Keeps what the view asks for. */
export function byView<T extends { isArchived: boolean }>(items: T[], view: ListViewType): T[] {
  if (view === 'All') return items;
  return items.filter((i) => i.isArchived === (view === 'ArchivedOnly'));
}

/** Parses "a,b=c" into required key (and optional value) pairs. */
export function parseKeyValueFilter(raw: string | null): { key: string; value?: string }[] {
  if (!raw) return [];
  return raw
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const eq = part.indexOf('=');
      return eq < 0 ? { key: part } : { key: part.slice(0, eq).trim(), value: part.slice(eq + 1).trim() };
    });
}

/** True when every filter entry is present in the map (with the value, when given). */
export function matchesKeyValues(map: Record<string, unknown> | undefined, filters: { key: string; value?: string }[]): boolean {
  return filters.every((f) => map !== undefined && Object.prototype.hasOwnProperty.call(map, f.key) && (f.value === undefined || map[f.key] === f.value));
}

/** How versions can be ordered: creation or modification time, ascending or descending. */
export interface VersionOrder {
  field: 'createdtime' | 'modifiedtime';
  descending: boolean;
}

/** $orderBy ("createdtime desc", "modifiedtime asc"…); newest created first when absent. */
export function versionOrderOf(query: URLSearchParams): VersionOrder {
  const raw = (query.get('$orderBy') ?? query.get('$orderby') ?? '').trim();
  if (!raw) return { field: 'createdtime', descending: true };
  const m = /^(createdtime|modifiedtime|createdat|modifiedat)(?:\s+(asc|desc))?$/i.exec(raw);
  if (!m) throw userError(`$orderBy '${raw}' is not valid; choose from 'createdtime', 'modifiedtime', optionally followed by asc or desc.`, '$orderBy');
  const field = m[1].toLowerCase().startsWith('created') ? 'createdtime' : 'modifiedtime';
  return { field, descending: (m[2] ?? 'desc').toLowerCase() === 'desc' };
}

/** Sorts versions by an order; ties broken by creation sequence. */
export function sortVersions<T extends { createdAt: number; modifiedAt: number; seq: number }>(items: T[], order: VersionOrder): T[] {
  const key = (v: T) => (order.field === 'createdtime' ? v.createdAt : v.modifiedAt);
  const sign = order.descending ? -1 : 1;
  return [...items].sort((a, b) => sign * (key(a) - key(b) || a.seq - b.seq));
}

/** $top as a page size cap (mfe.json: "top count cannot be greater than the page size"), or undefined. */
export function topOf(query: URLSearchParams, pageSize: number): number | undefined {
  const raw = query.get('$top');
  if (raw === null || raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw userError(`$top must be a positive integer; got '${raw}'.`, '$top');
  return Math.min(n, pageSize);
}
