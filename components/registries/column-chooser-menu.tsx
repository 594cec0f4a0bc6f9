'use client';
// The Columns menu: checkboxes, one per column, choosing which the table shows, downloaded when the button
// is first activated (column-chooser.tsx) and mounted open. Fluent's Menu gives the keyboard behaviour
// (Enter/Space/ArrowDown open it, arrows move, Space toggles, Escape closes and returns focus). Name is
// listed but cannot be unchecked: it is the row's link to the registry.
import { Button, Menu, MenuItemCheckbox, MenuList, MenuPopover, MenuTrigger, Tooltip, type MenuProps } from '@fluentui/react-components';
import { ColumnTripleEditRegular } from '@fluentui/react-icons';
import { useKeepFocusOnTrigger } from '@/components/shell/deferred-menu';
import { LIST_COLUMNS } from '@/lib/registries/list-columns';
import { HIDEABLE_COLUMN_IDS } from '@/lib/registries/list-view-state';
import { columnChooserName, type ColumnChooserProps } from './column-chooser';

const GROUP = 'columns';

/** The Columns button with its menu, open at first. */
export function ColumnChooserMenu({ hidden, onChange }: ColumnChooserProps) {
  const trigger = useKeepFocusOnTrigger();
  const shown = LIST_COLUMNS.map((column) => column.id).filter((id) => !hidden.includes(id));
  const onCheckedValueChange: MenuProps['onCheckedValueChange'] = (_, { checkedItems }) =>
    onChange(HIDEABLE_COLUMN_IDS.filter((id) => !checkedItems.includes(id)));
  return (
    <Menu checkedValues={{ [GROUP]: shown }} onCheckedValueChange={onCheckedValueChange} defaultOpen>
      <MenuTrigger disableButtonEnhancement>
        <Tooltip content={columnChooserName(hidden)} relationship="label">
          <Button ref={trigger} icon={<ColumnTripleEditRegular />} />
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
