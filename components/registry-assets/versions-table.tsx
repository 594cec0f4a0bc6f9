'use client';
// The asset's versions, newest first: each a link selecting it (`?version=N`), with its state, stage,
// archived flag, and who created it when.
import { Badge, Link, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import type { MouseEvent } from 'react';
import { exactUtcTime, relativeTime } from '@/lib/registries/list-format';
import type { AssetVersionView } from '@/lib/registries/assets/asset-view';

const useStyles = makeStyles({
  scroller: { overflowX: 'auto', maxHeight: '320px', overflowY: 'auto' },
  // Fixed columns for the short values; the description takes the rest (on a phone, after scrolling sideways).
  table: { minWidth: '820px' },
  version: { width: '80px' },
  state: { width: '180px' },
  created: { width: '130px' },
  createdBy: { width: '230px' },
  // One line a version (a wrapped description made each row three lines tall on a phone); the whole text is
  // in its title and in the selected version's details below the table.
  description: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  badges: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
});

/** Props: the versions, which one is selected, and each one's link. */
export interface VersionsTableProps {
  versions: readonly AssetVersionView[];
  selected: string | null;
  hrefOf: (version: string) => string;
  readAt: string;
  onNavigate: (event: MouseEvent<HTMLElement>) => void;
}

/** The versions table. */
export function VersionsTable({ versions, selected, hrefOf, readAt, onNavigate }: VersionsTableProps) {
  const styles = useStyles();
  return (
    <div className={styles.scroller} role="region" aria-label="Versions table" tabIndex={0}>
      <Table aria-label="Versions" size="small" className={styles.table}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.version}>Version</TableHeaderCell>
            <TableHeaderCell className={styles.state}>State</TableHeaderCell>
            <TableHeaderCell className={styles.created}>Created</TableHeaderCell>
            <TableHeaderCell className={styles.createdBy}>Created by</TableHeaderCell>
            <TableHeaderCell>Description</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {versions.map((v) => (
            <TableRow key={v.version} aria-selected={v.version === selected}>
              <TableCell>
                <Link href={hrefOf(v.version)} onClick={onNavigate} aria-current={v.version === selected ? 'page' : undefined}>
                  {v.version}
                </Link>
              </TableCell>
              <TableCell>
                <span className={styles.badges}>
                  {v.provisioningState !== 'Succeeded' && <Badge appearance="tint" color="warning">{v.provisioningState}</Badge>}
                  {v.isArchived && <Badge appearance="outline" color="informative">Archived</Badge>}
                  {v.stage && <Badge appearance="tint" color="brand">{v.stage}</Badge>}
                  {v.provisioningState === 'Succeeded' && !v.isArchived && !v.stage && 'Active'}
                </span>
              </TableCell>
              <TableCell>{v.createdAt ? <time dateTime={v.createdAt} title={exactUtcTime(v.createdAt)}>{relativeTime(v.createdAt, readAt)}</time> : 'Unknown'}</TableCell>
              <TableCell>{v.createdBy ?? 'Unknown'}</TableCell>
              <TableCell className={styles.description} title={v.description || undefined}>
                {v.description}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
