'use client';
// One registry as a table row: the ten cells of LIST_COLUMNS. Hover texts carry what the cell abbreviates
// (region names behind the count, the exact creation time, every tag) and any text a narrow column cuts off.
import { Link, mergeClasses } from '@fluentui/react-components';
import type { CSSProperties, MouseEvent } from 'react';
import type { ListItem } from '@/lib/registries/list-columns';
import { tagPairs } from '@/lib/registries/list-columns';
import { exactUtcTime, relativeTime } from '@/lib/registries/list-format';
import { registryPagePath } from '@/lib/registries/registry-row';
import { useGridStyles } from './registries-grid.styles';
import { RegistryStatusBadge } from './registry-status-badge';

/** Props of a row: the item, its 1-based ARIA row index, its position, the list's read time and the link handler. */
export interface RegistryGridRowProps {
  item: ListItem;
  rowIndex: number;
  style: CSSProperties;
  fetchedAt: string;
  onNavigate: (event: MouseEvent<HTMLElement>) => void;
}

/** A body row of the registries table. */
export function RegistryGridRow({ item: { row, status }, rowIndex, style, fetchedAt, onNavigate }: RegistryGridRowProps) {
  const styles = useGridStyles();
  const cell = styles.cell;
  const regions = row.additionalRegions.map((region) => region.displayName).join(', ');
  const tags = tagPairs(row.tags).join(', ');
  return (
    <div role="row" aria-rowindex={rowIndex} className={mergeClasses(styles.row, styles.bodyRow)} style={style}>
      <div role="cell" className={mergeClasses(cell, styles.stickyCell, styles.revealOnFocus)} title={row.name}>
        <Link href={registryPagePath(row)} onClick={onNavigate}>
          {row.name}
        </Link>
      </div>
      <div role="cell" className={cell} title={row.resourceGroup}>
        {row.resourceGroup}
      </div>
      <div role="cell" className={cell} title={`${row.subscriptionName} (${row.subscriptionId})`}>
        {row.subscriptionName}
      </div>
      <div role="cell" className={cell} title={`${row.locationDisplayName} (${row.location})`}>
        {row.locationDisplayName}
      </div>
      <div role="cell" className={cell}>
        {row.additionalRegions.length === 0 ? (
          <span className={styles.none}>None</span>
        ) : (
          <span title={regions} aria-label={`${row.additionalRegions.length}: ${regions}`}>
            {row.additionalRegions.length}
          </span>
        )}
      </div>
      <div role="cell" className={cell}>
        {row.publicNetworkAccess ?? <span className={styles.none}>Not set</span>}
      </div>
      <div role="cell" className={cell}>
        {row.createdAt ? (
          <time dateTime={row.createdAt} title={exactUtcTime(row.createdAt)}>
            {relativeTime(row.createdAt, fetchedAt)}
          </time>
        ) : (
          <span className={styles.none}>Unknown</span>
        )}
      </div>
      <div role="cell" className={mergeClasses(cell, styles.secondary)} title={row.createdBy ?? undefined}>
        {row.createdBy ?? <span className={styles.none}>Unknown</span>}
      </div>
      <div role="cell" className={cell}>
        <RegistryStatusBadge status={status} />
      </div>
      <div role="cell" className={cell} title={tags || undefined}>
        {tags || <span className={styles.none}>None</span>}
      </div>
    </div>
  );
}
