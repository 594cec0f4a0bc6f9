'use client';
// The registries list once it is read: banner (fallback, unreadable subscriptions), toolbar, a live count and
// the virtualized table. Search, filters and sort run here on the client, over rows indexed once.
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback } from 'react';
import type { ListColumnId } from '@/lib/registries/list-columns';
import { registriesCsv } from '@/lib/registries/list-csv';
import { serializeListView, type ListViewState } from '@/lib/registries/list-view-state';
import type { RegistryList, RegistryStatuses } from '@/lib/registries/registry-list';
import { downloadCsv } from './download-csv';
import { RegistriesGrid } from './registries-grid';
import { ListBannerWhenNeeded } from './list-banner-when-needed';
import { RegistriesToolbar } from './registries-toolbar';
import { useListViewState } from './use-list-view-state';
import { useShownRegistries } from './use-shown-registries';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  count: { color: tokens.colorNeutralForeground2 },
});

/** Props: the list, statuses (null while being read), the initial view from the URL, and Refresh. */
export interface RegistriesDashboardProps {
  list: RegistryList;
  statuses: RegistryStatuses | null;
  initialView: ListViewState;
  onRefresh: () => void;
  refreshing: boolean;
}

/** The list's toolbar, banners, count and table. */
export function RegistriesDashboard({ list, statuses, initialView, onRefresh, refreshing }: RegistriesDashboardProps) {
  const styles = useStyles();
  const [view, setView] = useListViewState(initialView);
  const { shown, options } = useShownRegistries(list, statuses, view);
  const onSort = useCallback(
    (column: ListColumnId) =>
      setView({ sort: column, direction: view.sort === column && view.direction === 'asc' ? 'desc' : 'asc' }),
    [setView, view.sort, view.direction],
  );
  const onExport = () => downloadCsv(registriesCsv(shown));
  const total = list.rows.length;
  return (
    <div className={styles.root}>
      <ListBannerWhenNeeded list={list} />
      <RegistriesToolbar
        view={view}
        onChange={setView}
        options={options}
        onRefresh={onRefresh}
        refreshing={refreshing}
        onExport={onExport}
        shownCount={shown.length}
      />
      <Caption1 role="status" id="registries-count" className={styles.count}>
        {countText(shown.length, list)}
      </Caption1>
      <RegistriesGrid
        items={shown}
        total={total}
        hidden={view.hidden}
        sort={view.sort}
        direction={view.direction}
        onSort={onSort}
        fetchedAt={list.fetchedAt}
        viewKey={serializeListView(view)}
      />
    </div>
  );
}

const number = new Intl.NumberFormat('en');

// The live count: what is shown, of how many, and whether the rest of the list is still arriving.
function countText(shown: number, list: RegistryList): string {
  const loaded = list.rows.length;
  if (list.continuation) {
    return `Showing ${number.format(shown)} of ${number.format(loaded)} loaded (${number.format(list.totalRecords)} in all), loading the rest…`;
  }
  if (shown === loaded) return `${number.format(loaded)} ${loaded === 1 ? 'registry' : 'registries'}`;
  return `Showing ${number.format(shown)} of ${number.format(loaded)} registries`;
}
