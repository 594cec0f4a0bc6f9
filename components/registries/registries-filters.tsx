'use client';
// The subscription, resource group and region filters: multi-select dropdowns offering only values present in
// the list. Each says what it filters, so the control reads well without a visible label. Each Dropdown is
// downloaded when first opened (DeferredDropdown).
import { makeStyles } from '@fluentui/react-components';
import { DeferredDropdown } from '@/components/shell/deferred-dropdown';
import type { FilterOptions } from '@/lib/registries/list-filter';
import type { ListViewState } from '@/lib/registries/list-view-state';

// Narrower than Fluent's 250 px default so the list's toolbar stays on one row at 1440 px.
const useStyles = makeStyles({ dropdown: { minWidth: '150px', maxWidth: '220px' } });

type FilterKey = 'subscriptions' | 'resourceGroups' | 'regions';

const FILTERS: { key: FilterKey; label: string; all: string; plural: string }[] = [
  { key: 'subscriptions', label: 'Filter by subscription', all: 'All subscriptions', plural: 'subscriptions' },
  { key: 'resourceGroups', label: 'Filter by resource group', all: 'All resource groups', plural: 'resource groups' },
  { key: 'regions', label: 'Filter by region', all: 'All regions', plural: 'regions' },
];

/** The three filter dropdowns. */
export function RegistriesFilters({
  options,
  view,
  onChange,
}: {
  options: FilterOptions;
  view: ListViewState;
  onChange: (change: Partial<ListViewState>) => void;
}) {
  const styles = useStyles();
  return (
    <>
      {FILTERS.map(({ key, label, all, plural }) => {
        const selected = view[key];
        const choices = options[key];
        const labelOf = (value: string) => choices.find((choice) => choice.value.toLowerCase() === value.toLowerCase())?.label ?? value;
        const summary = selected.length === 0 ? '' : selected.length === 1 ? labelOf(selected[0]) : `${selected.length} ${plural}`;
        return (
          <DeferredDropdown
            key={key}
            className={styles.dropdown}
            aria-label={label}
            multiselect
            placeholder={all}
            value={summary}
            selectedOptions={selected}
            choices={choices}
            onOptionSelect={(_, data) => onChange({ [key]: data.selectedOptions })}
          />
        );
      })}
    </>
  );
}
