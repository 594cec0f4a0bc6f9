'use client';
// The list's command bar: Create registry (permission-aware), Refresh, search (name, resource group, tag keys and values), the
// three filters, Clear, the column chooser, and Export CSV of the rows shown.
import { makeStyles, SearchBox, tokens } from '@fluentui/react-components';
import { plainIcon, usePlainIconClassName } from '@/components/icons/plain-icons';
import type { FilterOptions } from '@/lib/registries/list-filter';
import { isFiltered, type ListViewState } from '@/lib/registries/list-view-state';
import { HydratedButton } from '@/components/shell/hydrated-button';
import { ColumnChooser } from './column-chooser';
import { CreateRegistryButton } from './create-registry-button';
import { RegistriesFilters } from './registries-filters';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  // Sized so the whole bar (Columns included) fits one row beside the nav at 1440 px; narrower screens wrap it.
  search: { minWidth: '160px', flexGrow: 1, maxWidth: '360px' },
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
  const icon = usePlainIconClassName();
  return (
    <div className={styles.root}>
      <CreateRegistryButton />
      <HydratedButton icon={plainIcon('arrowClockwise', icon)} onClick={onRefresh} disabled={refreshing}>
        {refreshing ? 'Refreshing…' : 'Refresh'}
      </HydratedButton>
      <SearchBox
        className={styles.search}
        // SearchBox's own icons, drawn plain.
        contentBefore={plainIcon('search', icon)}
        dismiss={{ children: plainIcon('dismiss', icon) }}
        aria-label="Search registries by name, resource group or tag"
        // Says what the search matches in words that fit the box at 1440 px beside the nav, where the bar is one
        // row and the box is at its narrowest (the label says it in full; the icon says it is a search).
        placeholder="Name, resource group or tag"
        value={view.search}
        onChange={(_, data) => onChange({ search: data.value })}
      />
      <RegistriesFilters options={options} view={view} onChange={onChange} />
      {isFiltered(view) && (
        <HydratedButton
          appearance="subtle"
          icon={plainIcon('dismiss', icon)}
          onClick={() => onChange({ search: '', subscriptions: [], resourceGroups: [], regions: [] })}
        >
          Clear filters
        </HydratedButton>
      )}
      <ColumnChooser hidden={view.hidden} onChange={(hidden) => onChange({ hidden })} />
      <HydratedButton icon={plainIcon('arrowDownload', icon)} onClick={onExport} disabled={shownCount === 0}>
        Export CSV
      </HydratedButton>
    </div>
  );
}
