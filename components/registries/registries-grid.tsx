'use client';
// The registries table, virtualized: whatever the number of rows, only the ones in view (plus a few above and
// below) are in the DOM. It keeps table semantics for assistive technology — role table, aria-rowcount and
// aria-rowindex give the full size, and each sortable header is a button whose column announces aria-sort.
// The server renders the first rows too (initialRect), so the first paint shows data before hydration.
import { mergeClasses } from '@fluentui/react-components';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, type CSSProperties } from 'react';
import { plainIcon, usePlainIconClassName } from '@/components/icons/plain-icons';
import { useClientNavigation } from '@/components/shell/use-client-navigation';
import { useHydrated } from '@/components/shell/use-hydrated';
import { LIST_COLUMNS, type ListColumnId, type ListItem } from '@/lib/registries/list-columns';
import type { SortDirection } from '@/lib/registries/list-view-state';
import { GRID_COLUMNS_PROPERTY, gridLayout, ROW_HEIGHT, useGridStyles } from './registries-grid.styles';
import { RegistryGridRow, useRowClassNames } from './registry-grid-row';

// Rows rendered beyond the visible ones, so fast scrolling does not show blanks. Only once hydrated: the
// server's HTML (and so hydration) holds just the rows in SERVER_RECT, what the first paint can show.
const OVERSCAN = 8;
// What the server assumes about the viewport when it renders the first rows.
const SERVER_RECT = { width: 1280, height: 720 };

/** Props: the rows in view order, the hidden columns, the sort, and what to do when a header is activated. */
export interface RegistriesGridProps {
  items: readonly ListItem[];
  total: number;
  hidden: readonly ListColumnId[];
  sort: ListColumnId;
  direction: SortDirection;
  onSort: (column: ListColumnId) => void;
  fetchedAt: string;
  /** Changes when search, filters or sort change: the table then scrolls back to the first row. */
  viewKey: string;
}

/** The registries table. */
export function RegistriesGrid({ items, total, hidden, sort, direction, onSort, fetchedAt, viewKey }: RegistriesGridProps) {
  const styles = useGridStyles();
  const rowClassNames = useRowClassNames();
  const iconClassName = usePlainIconClassName();
  const columns = useMemo(() => LIST_COLUMNS.filter((column) => !hidden.includes(column.id)), [hidden]);
  const columnIds = useMemo(() => columns.map((column) => column.id), [columns]);
  const layout = useMemo(() => gridLayout(columnIds), [columnIds]);
  const navigate = useClientNavigation();
  const scroller = useRef<HTMLDivElement>(null);
  const hydrated = useHydrated();
  // The virtualizer's functions are read during render only; React Compiler skipping this component is intended.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: hydrated ? OVERSCAN : 0,
    initialRect: SERVER_RECT,
    getItemKey: (index) => items[index].row.id,
  });
  useEffect(() => {
    scroller.current?.scrollTo({ top: 0 });
  }, [viewKey]);
  return (
    <div ref={scroller} className={styles.scroller} role="region" aria-label="Registries table" tabIndex={0}>
      {/* The body rows read the grid template from the table (one declaration, not one per row). */}
      <div
        role="table"
        aria-label="Registries"
        aria-rowcount={items.length + 1}
        aria-colcount={columns.length}
        style={{ minWidth: layout.minWidth, [GRID_COLUMNS_PROPERTY]: layout.gridTemplateColumns } as CSSProperties}
      >
        <div role="rowgroup" className={styles.header}>
          <div role="row" aria-rowindex={1} className={styles.row} style={{ gridTemplateColumns: layout.gridTemplateColumns }}>
            {columns.map((column, index) => {
              const active = column.id === sort;
              const icon = !active ? 'arrowSort' : direction === 'asc' ? 'arrowUp' : 'arrowDown';
              return (
                <div
                  key={column.id}
                  role="columnheader"
                  className={mergeClasses(styles.cell, index === 0 && styles.stickyCell)}
                  aria-sort={active ? (direction === 'asc' ? 'ascending' : 'descending') : 'none'}
                >
                  <button type="button" className={styles.headerButton} onClick={() => onSort(column.id)}>
                    {column.label}
                    {plainIcon(icon, iconClassName)}
                  </button>
                </div>
              );
            })}
          </div>
        </div>
        <div role="rowgroup" style={{ height: Math.max(virtualizer.getTotalSize(), ROW_HEIGHT), position: 'relative' }}>
          {items.length === 0 && (
            <div role="row" aria-rowindex={2}>
              <div role="cell" className={styles.noMatch}>
                No registries match the search and filters ({total} in total).
              </div>
            </div>
          )}
          {virtualizer.getVirtualItems().map((virtual) => (
            <RegistryGridRow
              key={virtual.key}
              item={items[virtual.index]}
              columns={columnIds}
              rowIndex={virtual.index + 2}
              style={{ transform: `translateY(${virtual.start}px)` }}
              classNames={rowClassNames}
              fetchedAt={fetchedAt}
              onNavigate={navigate}
            />
          ))}
        </div>
      </div>
    </div>
  );
}
