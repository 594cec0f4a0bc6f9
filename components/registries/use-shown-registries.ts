'use client';
// The list's client-side view over the loaded rows: each row with its status (null while statuses are
// read), the filter choices, and the rows that pass the search, filters and sort. Rows are indexed once.
import { useMemo } from 'react';
import type { ListItem } from '@/lib/registries/list-columns';
import { applyListView, buildSearchIndex, filterOptionsOf, type FilterOptions } from '@/lib/registries/list-filter';
import type { ListViewState } from '@/lib/registries/list-view-state';
import { statusOfRegistry, type RegistryList, type RegistryStatuses } from '@/lib/registries/registry-list';

/** The rows `view` shows, and the filter options of all loaded rows. */
export function useShownRegistries(list: RegistryList, statuses: RegistryStatuses | null, view: ListViewState): { shown: ListItem[]; options: FilterOptions } {
  const index = useMemo(() => buildSearchIndex(list.rows), [list.rows]);
  const options = useMemo(() => filterOptionsOf(list.rows), [list.rows]);
  const items = useMemo<ListItem[]>(
    () => list.rows.map((row) => ({ row, status: statuses ? statusOfRegistry(statuses, row.id) : null })),
    [list.rows, statuses],
  );
  const shown = useMemo(() => applyListView(items, view, index), [items, view, index]);
  return { shown, options };
}
