'use client';
// One registry as a table row: a cell per shown column of LIST_COLUMNS. Hover texts carry what the cell
// abbreviates (region names behind the count, the exact creation time, every tag) and any text a narrow column
// cuts off. The table works out the rows' class names once (useRowClassNames) and hands them to every row:
// plain elements with shared classes keep the server's render of the first rows cheap.
import { mergeClasses } from '@fluentui/react-components';
import type { CSSProperties, MouseEvent, ReactNode } from 'react';
import type { ListColumnId, ListItem } from '@/lib/registries/list-columns';
import { tagPairs } from '@/lib/registries/list-columns';
import { exactUtcTime, relativeTime } from '@/lib/registries/list-format';
import { registryPagePath } from '@/lib/registries/registry-row';
import { useBodyRowClassName, useCellClassName, useGridStyles, useNameLinkClassName } from './registries-grid.styles';
import { RegistryStatusBadge, useStatusClassNames, type StatusClassNames } from './registry-status-badge';
import { PendingRegistryStatus } from './screen-statuses';

/** The class names every body row shares. */
export interface RowClassNames {
  row: string;
  cell: string;
  nameCell: string;
  secondaryCell: string;
  nameLink: string;
  none: string;
  status: StatusClassNames;
}

/** The body rows' class names, for the table to work out once per render. */
export function useRowClassNames(): RowClassNames {
  const styles = useGridStyles();
  const cell = useCellClassName();
  return {
    row: useBodyRowClassName(),
    cell,
    nameCell: mergeClasses(cell, styles.stickyCell, styles.revealOnFocus),
    secondaryCell: mergeClasses(cell, styles.secondary),
    nameLink: useNameLinkClassName(),
    none: styles.none,
    status: useStatusClassNames(),
  };
}

/** Props of a row: the item, the columns shown, its 1-based ARIA row index, its position, the shared class names, the list's read time and the link handler. */
export interface RegistryGridRowProps {
  item: ListItem;
  columns: readonly ListColumnId[];
  rowIndex: number;
  style: CSSProperties;
  classNames: RowClassNames;
  fetchedAt: string;
  onNavigate: (event: MouseEvent<HTMLElement>) => void;
}

interface CellContext {
  item: ListItem;
  classNames: RowClassNames;
  fetchedAt: string;
  onNavigate: (event: MouseEvent<HTMLElement>) => void;
}

/** A cell's content, its hover text and its class when not the plain cell's, per column. */
type CellSpec = { content: ReactNode; title?: string; className?: string };

const none = (classNames: RowClassNames, text: string) => <span className={classNames.none}>{text}</span>;

const CELLS: Record<ListColumnId, (context: CellContext) => CellSpec> = {
  name: ({ item: { row }, classNames, onNavigate }) => ({
    content: (
      <a href={registryPagePath(row)} onClick={onNavigate} className={classNames.nameLink}>
        {row.name}
      </a>
    ),
    title: row.name,
    className: classNames.nameCell,
  }),
  resourceGroup: ({ item: { row } }) => ({ content: row.resourceGroup, title: row.resourceGroup }),
  subscription: ({ item: { row } }) => ({ content: row.subscriptionName, title: `${row.subscriptionName} (${row.subscriptionId})` }),
  region: ({ item: { row } }) => ({ content: row.locationDisplayName, title: `${row.locationDisplayName} (${row.location})` }),
  additionalRegions: ({ item: { row }, classNames }) => {
    const regions = row.additionalRegions.map((region) => region.displayName).join(', ');
    return {
      content:
        row.additionalRegions.length === 0 ? (
          none(classNames, 'None')
        ) : (
          <span title={regions} aria-label={`${row.additionalRegions.length}: ${regions}`}>
            {row.additionalRegions.length}
          </span>
        ),
    };
  },
  publicNetworkAccess: ({ item: { row }, classNames }) => ({ content: row.publicNetworkAccess ?? none(classNames, 'Not set') }),
  created: ({ item: { row }, classNames, fetchedAt }) => ({
    content: row.createdAt ? (
      <time dateTime={row.createdAt} title={exactUtcTime(row.createdAt)}>
        {relativeTime(row.createdAt, fetchedAt)}
      </time>
    ) : (
      none(classNames, 'Unknown')
    ),
  }),
  createdBy: ({ item: { row }, classNames }) => ({
    content: row.createdBy ?? none(classNames, 'Unknown'),
    title: row.createdBy ?? undefined,
    className: classNames.secondaryCell,
  }),
  status: ({ item: { row, status }, classNames, fetchedAt }) => ({
    content: status ? (
      <RegistryStatusBadge status={status} classNames={classNames.status} />
    ) : (
      <PendingRegistryStatus registryId={row.id} fetchedAt={fetchedAt} classNames={classNames.status} />
    ),
  }),
  tags: ({ item: { row }, classNames }) => {
    const tags = tagPairs(row.tags).join(', ');
    return { content: tags || none(classNames, 'None'), title: tags || undefined };
  },
};

/** A body row of the registries table. */
export function RegistryGridRow({ item, columns, rowIndex, style, classNames, fetchedAt, onNavigate }: RegistryGridRowProps) {
  const context: CellContext = { item, classNames, fetchedAt, onNavigate };
  return (
    <div role="row" aria-rowindex={rowIndex} className={classNames.row} style={style}>
      {columns.map((id) => {
        const cell = CELLS[id](context);
        return (
          <div key={id} role="cell" className={cell.className ?? classNames.cell} title={cell.title}>
            {cell.content}
          </div>
        );
      })}
    </div>
  );
}
