'use client';
// A kind's asset table, virtualized: only the rows in view (and a few more) are in the DOM, with table
// semantics kept (aria-rowcount, aria-rowindex, aria-sort). Reaching the end of the loaded rows asks for
// ARM's next page (onNearEnd), so 5,000 assets load as the person scrolls, never all at once.
import { mergeClasses } from '@fluentui/react-components';
import { ArrowDownRegular, ArrowSortRegular, ArrowUpRegular } from '@fluentui/react-icons';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type ReactNode } from 'react';
import { useClientNavigation } from '@/components/shell/use-client-navigation';
import type { AssetListView, AssetSort } from '@/lib/registries/assets/asset-list-view';
import type { AssetRow } from '@/lib/registries/assets/asset-view';
import { AssetGridRow } from './asset-grid-row';
import { useGridStyles } from '@/components/registries/registries-grid.styles';
import { ASSET_ROW_HEIGHT, useAssetGridStyles } from './assets-grid.styles';

const COLUMNS: { label: string; sort?: AssetSort }[] = [
  { label: 'Name', sort: 'name' },
  { label: 'Latest version', sort: 'latest' },
  { label: 'Versions' },
  { label: 'Description' },
  { label: 'Tags' },
  { label: 'Created by' },
  { label: 'Created', sort: 'created' },
  { label: 'Modified by' },
  { label: 'Modified', sort: 'modified' },
];
const OVERSCAN = 8;
const SERVER_RECT = { width: 1280, height: 600 };
// Ask for the next page this many rows before the end, so scrolling rarely meets the bottom.
const PREFETCH_ROWS = 20;

/** Props of the table. */
export interface AssetsGridProps {
  label: string;
  rows: readonly AssetRow[];
  hrefOf: (row: AssetRow) => string;
  counts: Record<string, number>;
  view: AssetListView;
  readAt: string;
  onSort: (sort: AssetSort) => void;
  onNearEnd: () => void;
  onVisible: (names: string[]) => void;
  /** Shown in place of rows when there are none. */
  empty: ReactNode;
}

/** The asset table. */
export function AssetsGrid({ label, rows, hrefOf, counts, view, readAt, onSort, onNearEnd, onVisible, empty }: AssetsGridProps) {
  const grid = useGridStyles();
  const own = useAssetGridStyles();
  const navigate = useClientNavigation();
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ASSET_ROW_HEIGHT,
    overscan: OVERSCAN,
    initialRect: SERVER_RECT,
    getItemKey: (index) => rows[index].name,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;
  const visibleKey = rows.slice(first, last + 1).map((r) => r.name).join('\n');
  useEffect(() => {
    if (visibleKey) onVisible(visibleKey.split('\n'));
  }, [visibleKey, onVisible]);
  useEffect(() => {
    if (last >= rows.length - PREFETCH_ROWS) onNearEnd();
  }, [last, rows.length, onNearEnd]);
  return (
    <div ref={scroller} className={mergeClasses(grid.scroller, own.scroller)} role="region" aria-label={`${label} table`} tabIndex={0}>
      <div role="table" aria-label={label} aria-rowcount={rows.length + 1} aria-colcount={COLUMNS.length} className={own.table}>
        <div role="rowgroup" className={grid.header}>
          <div role="row" aria-rowindex={1} className={mergeClasses(grid.row, own.columns)}>
            {COLUMNS.map((column, index) => {
              const active = column.sort === view.sort;
              const Icon = !active ? ArrowSortRegular : view.dir === 'asc' ? ArrowUpRegular : ArrowDownRegular;
              return (
                <div
                  key={column.label}
                  role="columnheader"
                  className={mergeClasses(grid.cell, index === 0 && grid.stickyCell)}
                  aria-sort={column.sort ? (active ? (view.dir === 'asc' ? 'ascending' : 'descending') : 'none') : undefined}
                >
                  {column.sort ? (
                    <button type="button" className={grid.headerButton} onClick={() => onSort(column.sort!)}>
                      {column.label}
                      <Icon aria-hidden />
                    </button>
                  ) : (
                    <span className={own.headerText}>{column.label}</span>
                  )}
                </div>
              );
            })}
          </div>
        </div>
        <div role="rowgroup" style={{ height: Math.max(virtualizer.getTotalSize(), ASSET_ROW_HEIGHT), position: 'relative' }}>
          {rows.length === 0 && (
            <div role="row" aria-rowindex={2}>
              <div role="cell" className={own.message}>
                {empty}
              </div>
            </div>
          )}
          {items.map((virtual) => {
            const row = rows[virtual.index];
            return (
              <AssetGridRow
                key={virtual.key}
                row={row}
                href={hrefOf(row)}
                versionCount={counts[row.name]}
                rowIndex={virtual.index + 2}
                style={{ transform: `translateY(${virtual.start}px)` }}
                readAt={readAt}
                onNavigate={navigate}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
