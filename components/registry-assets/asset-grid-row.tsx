'use client';
// One asset as a table row. Hover texts carry what a narrow column cuts off and the exact times.
import { Badge, Link, mergeClasses } from '@fluentui/react-components';
import type { CSSProperties, MouseEvent } from 'react';
import type { AssetRow } from '@/lib/registries/assets/asset-view';
import { tagPairs } from '@/lib/registries/list-columns';
import { exactUtcTime, relativeTime } from '@/lib/registries/list-format';
import { useGridStyles } from '@/components/registries/registries-grid.styles';
import { useAssetGridStyles } from './assets-grid.styles';

/** Props of a row. */
export interface AssetGridRowProps {
  row: AssetRow;
  href: string;
  /** Versions (active and archived), undefined while counting. */
  versionCount: number | undefined;
  rowIndex: number;
  style: CSSProperties;
  readAt: string;
  onNavigate: (event: MouseEvent<HTMLElement>) => void;
}

function Time({ iso, readAt }: { iso: string | null; readAt: string }) {
  const styles = useGridStyles();
  if (!iso) return <span className={styles.none}>Unknown</span>;
  return (
    <time dateTime={iso} title={exactUtcTime(iso)}>
      {relativeTime(iso, readAt)}
    </time>
  );
}

/** A body row of the asset table. */
export function AssetGridRow({ row, href, versionCount, rowIndex, style, readAt, onNavigate }: AssetGridRowProps) {
  const styles = useGridStyles();
  const own = useAssetGridStyles();
  const cell = styles.cell;
  const tags = tagPairs(row.tags).join(', ');
  return (
    <div role="row" aria-rowindex={rowIndex} className={mergeClasses(styles.row, own.columns, styles.bodyRow)} style={style}>
      <div role="cell" className={mergeClasses(cell, styles.stickyCell, own.nameCell)} title={row.name}>
        <Link href={href} onClick={onNavigate} className={own.nameLink}>
          {row.name}
        </Link>
        {row.isArchived && (
          <Badge appearance="outline" color="informative" size="small">
            Archived
          </Badge>
        )}
      </div>
      <div role="cell" className={cell}>
        {row.latestVersion ?? <span className={styles.none}>None</span>}
      </div>
      <div role="cell" className={cell}>
        {versionCount ?? <span className={styles.none} aria-label="Counting">…</span>}
      </div>
      <div role="cell" className={mergeClasses(cell, styles.secondary)} title={row.description || undefined}>
        {row.description || <span className={styles.none}>None</span>}
      </div>
      <div role="cell" className={cell} title={tags || undefined}>
        {tags || <span className={styles.none}>None</span>}
      </div>
      <div role="cell" className={mergeClasses(cell, styles.secondary)} title={row.createdBy ?? undefined}>
        {row.createdBy ?? <span className={styles.none}>Unknown</span>}
      </div>
      <div role="cell" className={cell}>
        <Time iso={row.createdAt} readAt={readAt} />
      </div>
      <div role="cell" className={mergeClasses(cell, styles.secondary)} title={row.modifiedBy ?? undefined}>
        {row.modifiedBy ?? <span className={styles.none}>Unknown</span>}
      </div>
      <div role="cell" className={cell}>
        <Time iso={row.modifiedAt ?? row.createdAt} readAt={readAt} />
      </div>
    </div>
  );
}
