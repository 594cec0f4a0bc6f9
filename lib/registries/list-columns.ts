// The ten columns of the registries list: id, header, how a row sorts and how it reads in CSV. One table
// drives the grid's headers, the sort and the export, so they can never disagree (isomorphic, no I/O).
import type { RegistryRow } from './registry-row';
import type { RegistryStatus } from './status';

/** Column ids, in display order (also the `sort` URL values). Status comes right after Name so a laptop shows
 * it without scrolling the table sideways. */
export const LIST_COLUMN_IDS = [
  'name',
  'status',
  'resourceGroup',
  'subscription',
  'region',
  'additionalRegions',
  'publicNetworkAccess',
  'created',
  'createdBy',
  'tags',
] as const;

/** One column id. */
export type ListColumnId = (typeof LIST_COLUMN_IDS)[number];

/** A row with its status (null while statuses are still being read). */
export interface ListItem {
  row: RegistryRow;
  status: RegistryStatus | null;
}

/** What a column knows: its header, a sort key and its CSV text. */
export interface ListColumn {
  id: ListColumnId;
  label: string;
  sortValue: (item: ListItem) => string | number;
  csv: (item: ListItem) => string;
}

/** `k=v` pairs in key order, as search, sort and CSV read tags. */
export function tagPairs(tags: Record<string, string>): string[] {
  return Object.keys(tags)
    .sort((a, b) => a.localeCompare(b))
    .map((key) => (tags[key] ? `${key}=${tags[key]}` : key));
}

const lower = (value: string | null) => (value ?? '').toLowerCase();

/** The columns, in display order. */
export const LIST_COLUMNS: readonly ListColumn[] = [
  { id: 'name', label: 'Name', sortValue: ({ row }) => lower(row.name), csv: ({ row }) => row.name },
  { id: 'status', label: 'Status', sortValue: ({ status }) => status ?? '', csv: ({ status }) => status ?? '' },
  { id: 'resourceGroup', label: 'Resource group', sortValue: ({ row }) => lower(row.resourceGroup), csv: ({ row }) => row.resourceGroup },
  { id: 'subscription', label: 'Subscription', sortValue: ({ row }) => lower(row.subscriptionName), csv: ({ row }) => row.subscriptionName },
  { id: 'region', label: 'Primary region', sortValue: ({ row }) => lower(row.locationDisplayName), csv: ({ row }) => row.locationDisplayName },
  {
    id: 'additionalRegions',
    label: 'Additional regions',
    sortValue: ({ row }) => row.additionalRegions.length,
    csv: ({ row }) => row.additionalRegions.map((region) => region.displayName).join('; '),
  },
  {
    id: 'publicNetworkAccess',
    label: 'Public network access',
    sortValue: ({ row }) => lower(row.publicNetworkAccess),
    csv: ({ row }) => row.publicNetworkAccess ?? '',
  },
  { id: 'created', label: 'Created', sortValue: ({ row }) => row.createdAt ?? '', csv: ({ row }) => row.createdAt ?? '' },
  { id: 'createdBy', label: 'Created by', sortValue: ({ row }) => lower(row.createdBy), csv: ({ row }) => row.createdBy ?? '' },
  { id: 'tags', label: 'Tags', sortValue: ({ row }) => lower(tagPairs(row.tags).join('; ')), csv: ({ row }) => tagPairs(row.tags).join('; ') },
];

/** A column by id. */
export function listColumn(id: ListColumnId): ListColumn {
  return LIST_COLUMNS.find((column) => column.id === id) ?? LIST_COLUMNS[0];
}
