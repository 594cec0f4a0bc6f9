'use client';
// The list's command bar: Create registry (permission-aware), Refresh, search (name, resource group, tag keys and values), the
// three filters, Clear, and Export CSV of the rows shown.
import { makeStyles, SearchBox, tokens } from '@fluentui/react-components';
import { ArrowClockwiseRegular, ArrowDownloadRegular, DismissRegular } from '@fluentui/react-icons';
import type { FilterOptions } from '@/lib/registries/list-filter';
import { isFiltered, type ListViewState } from '@/lib/registries/list-view-state';
import { HydratedButton } from '@/components/shell/hydrated-button';
import { CreateRegistryButton } from './create-registry-button';
import { RegistriesFilters } from './registries-filters';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  // Sized so the whole bar fits one row beside the nav at 1440 px; narrower screens wrap it.
  search: { minWidth: '200px', flexGrow: 1, maxWidth: '360px' },
});

/** Props: the view and its setter, filter choices, and the Refresh / Export actions. */
export interface RegistriesToolbarProps {
  view: ListViewState;
  onChange: (change: Partial<ListViewState>) => void;
  options: FilterOptions;
  onRefresh: () => void;
  refreshing: boolean;
  onExport: () => void;
  shownCount: number;
}

/** The toolbar above the registries table. */
export function RegistriesToolbar({ view, onChange, options, onRefresh, refreshing, onExport, shownCount }: RegistriesToolbarProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <CreateRegistryButton />
      <HydratedButton icon={<ArrowClockwiseRegular />} onClick={onRefresh} disabled={refreshing}>
        {refreshing ? 'Refreshing…' : 'Refresh'}
      </HydratedButton>
      <SearchBox
        className={styles.search}
        aria-label="Search registries by name, resource group or tag"
        placeholder="Search name, resource group, tags"
        value={view.search}
        onChange={(_, data) => onChange({ search: data.value })}
      />
      <RegistriesFilters options={options} view={view} onChange={onChange} />
      {isFiltered(view) && (
        <HydratedButton
          appearance="subtle"
          icon={<DismissRegular />}
          onClick={() => onChange({ search: '', subscriptions: [], resourceGroups: [], regions: [] })}
        >
          Clear filters
        </HydratedButton>
      )}
      <HydratedButton icon={<ArrowDownloadRegular />} onClick={onExport} disabled={shownCount === 0}>
        Export CSV
      </HydratedButton>
    </div>
  );
}
