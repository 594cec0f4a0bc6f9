'use client';
// "Columns": the list toolbar's button choosing which columns the table shows. The menu (column-chooser-menu)
// is downloaded when first opened (deferred-menu.ts); until then the button is a stand-in with the same name
// and a menu button's keyboard behaviour. The button is an icon with its name as a tooltip, so the toolbar
// still fits one row beside the nav at 1440 px.
import { lazy, Suspense } from 'react';
import { plainIcon, usePlainIconClassName } from '@/components/icons/plain-icons';
import { useDeferredMenu } from '@/components/shell/deferred-menu';
import { DeferredTooltip } from '@/components/shell/deferred-tooltip';
import { HydratedButton } from '@/components/shell/hydrated-button';
import type { ListColumnId } from '@/lib/registries/list-columns';

const ColumnChooserMenu = lazy(() => import('./column-chooser-menu').then((m) => ({ default: m.ColumnChooserMenu })));

/** Props: the hidden columns and what to do when the choice changes. */
export interface ColumnChooserProps {
  hidden: readonly ListColumnId[];
  onChange: (hidden: ListColumnId[]) => void;
}

/** The button's accessible name, which also says how many columns are hidden. */
export function columnChooserName(hidden: readonly ListColumnId[]): string {
  return hidden.length ? `Columns, ${hidden.length} hidden` : 'Columns';
}

/** The Columns menu button of the list's toolbar. */
export function ColumnChooser(props: ColumnChooserProps) {
  const [activated, trigger] = useDeferredMenu();
  const icon = plainIcon('columnTripleEdit', usePlainIconClassName());
  const standIn = (
    <DeferredTooltip content={columnChooserName(props.hidden)} relationship="label">
      <HydratedButton {...trigger} icon={icon} />
    </DeferredTooltip>
  );
  return <Suspense fallback={standIn}>{activated ? <ColumnChooserMenu {...props} /> : standIn}</Suspense>;
}
