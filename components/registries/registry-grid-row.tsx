'use client';
// One registry as a table row: a cell per shown column of LIST_COLUMNS. Hover texts carry what the cell
// abbreviates (region names behind the count, the exact creation time, every tag) and any text a narrow column
// cuts off.
import { Link, mergeClasses } from '@fluentui/react-components';
import type { CSSProperties, MouseEvent, ReactNode } from 'react';
import type { ListColumnId, ListItem } from '@/lib/registries/list-columns';
import { tagPairs } from '@/lib/registries/list-columns';
import { exactUtcTime, relativeTime } from '@/lib/registries/list-format';
import { registryPagePath } from '@/lib/registries/registry-row';
import { useGridStyles } from './registries-grid.styles';
import { RegistryStatusBadge } from './registry-status-badge';
import { PendingRegistryStatus } from './screen-statuses';

/** Props of a row: the item, the columns shown, its 1-based ARIA row index, its position, the list's read time and the link handler. */
export interface RegistryGridRowProps {
  item: ListItem;
  columns: readonly ListColumnId[];
  rowIndex: number;
  style: CSSProperties;
  fetchedAt: string;
  onNavigate: (event: MouseEvent<HTMLElement>) => void;
}

type Styles = ReturnType<typeof useGridStyles>;

interface CellContext {
  item: ListItem;
  styles: Styles;
  fetchedAt: string;
  onNavigate: (event: MouseEvent<HTMLElement>) => void;
}

/** A cell's content, its hover text and any extra class, per column. */
type CellSpec = { content: ReactNode; title?: string; className?: string };

const none = (styles: Styles, text: string) => <span className={styles.none}>{text}</span>;

const CELLS: Record<ListColumnId, (context: CellContext) => CellSpec> = {
  name: ({ item: { row }, styles, onNavigate }) => ({
    content: (
      <Link href={registryPagePath(row)} onClick={onNavigate}>
        {row.name}
      </Link>
    ),
    title: row.name,
    className: mergeClasses(styles.stickyCell, styles.revealOnFocus),
  }),
  resourceGroup: ({ item: { row } }) => ({ content: row.resourceGroup, title: row.resourceGroup }),
  subscription: ({ item: { row } }) => ({ content: row.subscriptionName, title: `${row.subscriptionName} (${row.subscriptionId})` }),
  region: ({ item: { row } }) => ({ content: row.locationDisplayName, title: `${row.locationDisplayName} (${row.location})` }),
  additionalRegions: ({ item: { row }, styles }) => {
    const regions = row.additionalRegions.map((region) => region.displayName).join(', ');
    return {
      content:
        row.additionalRegions.length === 0 ? (
          none(styles, 'None')
        ) : (
          <span title={regions} aria-label={`${row.additionalRegions.length}: ${regions}`}>
            {row.additionalRegions.length}
          </span>
        ),
    };
  },
  publicNetworkAccess: ({ item: { row }, styles }) => ({ content: row.publicNetworkAccess ?? none(styles, 'Not set') }),
  created: ({ item: { row }, styles, fetchedAt }) => ({
    content: row.createdAt ? (
      <time dateTime={row.createdAt} title={exactUtcTime(row.createdAt)}>
        {relativeTime(row.createdAt, fetchedAt)}
      </time>
    ) : (
      none(styles, 'Unknown')
    ),
  }),
  createdBy: ({ item: { row }, styles }) => ({
    content: row.createdBy ?? none(styles, 'Unknown'),
    title: row.createdBy ?? undefined,
    className: styles.secondary,
  }),
  status: ({ item: { row, status }, fetchedAt }) => ({
    content: status ? <RegistryStatusBadge status={status} /> : <PendingRegistryStatus registryId={row.id} fetchedAt={fetchedAt} />,
  }),
  tags: ({ item: { row }, styles }) => {
    const tags = tagPairs(row.tags).join(', ');
    return { content: tags || none(styles, 'None'), title: tags || undefined };
  },
};

/** A body row of the registries table. */
export function RegistryGridRow({ item, columns, rowIndex, style, fetchedAt, onNavigate }: RegistryGridRowProps) {
  const styles = useGridStyles();
  const context: CellContext = { item, styles, fetchedAt, onNavigate };
  return (
    <div role="row" aria-rowindex={rowIndex} className={mergeClasses(styles.row, styles.bodyRow)} style={style}>
      {columns.map((id) => {
        const cell = CELLS[id](context);
        return (
          <div key={id} role="cell" className={mergeClasses(styles.cell, cell.className)} title={cell.title}>
            {cell.content}
          </div>
        );
      })}
    </div>
  );
}
