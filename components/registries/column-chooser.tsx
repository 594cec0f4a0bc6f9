'use client';
// "Columns": a menu of checkboxes, one per column, choosing which the table shows. Fluent's Menu gives the
// keyboard behaviour (Enter/Space/ArrowDown open it, arrows move, Space toggles, Escape closes and returns
// focus). Name is listed but cannot be unchecked: it is the row's link to the registry. The button is an icon
// with its name as a tooltip, so the toolbar still fits one row beside the nav at 1440 px.
import { Menu, MenuItemCheckbox, MenuList, MenuPopover, MenuTrigger, Tooltip, type MenuProps } from '@fluentui/react-components';
import { ColumnTripleEditRegular } from '@fluentui/react-icons';
import { HydratedButton } from '@/components/shell/hydrated-button';
import { LIST_COLUMNS, type ListColumnId } from '@/lib/registries/list-columns';
import { HIDEABLE_COLUMN_IDS } from '@/lib/registries/list-view-state';

const GROUP = 'columns';

/** Props: the hidden columns and what to do when the choice changes. */
export interface ColumnChooserProps {
  hidden: readonly ListColumnId[];
  onChange: (hidden: ListColumnId[]) => void;
}

/** The Columns menu button of the list's toolbar. */
export function ColumnChooser({ hidden, onChange }: ColumnChooserProps) {
  const shown = LIST_COLUMNS.map((column) => column.id).filter((id) => !hidden.includes(id));
  const onCheckedValueChange: MenuProps['onCheckedValueChange'] = (_, { checkedItems }) =>
    onChange(HIDEABLE_COLUMN_IDS.filter((id) => !checkedItems.includes(id)));
  const hiddenCount = hidden.length;
  return (
    <Menu checkedValues={{ [GROUP]: shown }} onCheckedValueChange={onCheckedValueChange}>
      <MenuTrigger disableButtonEnhancement>
        <Tooltip content={hiddenCount ? `Columns, ${hiddenCount} hidden` : 'Columns'} relationship="label">
          <HydratedButton icon={<ColumnTripleEditRegular />} />
        </Tooltip>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {LIST_COLUMNS.map((column) => (
            <MenuItemCheckbox key={column.id} name={GROUP} value={column.id} disabled={column.id === 'name'}>
              {column.id === 'name' ? `${column.label} (always shown)` : column.label}
            </MenuItemCheckbox>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
