'use client';
// Placeholder for the registries list while ARM is being read: toolbar-sized bar, then the table's columns
// with shimmering rows, announced as busy.
import { makeStyles, Skeleton, SkeletonItem, tokens } from '@fluentui/react-components';
import { LIST_COLUMNS } from '@/lib/registries/list-columns';
import { ALL_COLUMNS_LAYOUT } from './registries-grid.styles';

const PLACEHOLDER_ROWS = 8;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, overflow: 'hidden', contain: 'inline-size' },
  row: { display: 'grid', gap: tokens.spacingHorizontalM },
  header: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
});

/** The loading state of the registries list. */
export function RegistriesTableSkeleton() {
  const styles = useStyles();
  return (
    <Skeleton aria-label="Loading registries" aria-busy="true" className={styles.root}>
      <SkeletonItem size={32} style={{ maxWidth: '720px' }} />
      <div className={`${styles.row} ${styles.header}`} style={ALL_COLUMNS_LAYOUT} aria-hidden>
        {LIST_COLUMNS.map((column) => (
          <span key={column.id}>{column.label}</span>
        ))}
      </div>
      {Array.from({ length: PLACEHOLDER_ROWS }, (_, row) => (
        <div key={row} className={styles.row} style={ALL_COLUMNS_LAYOUT}>
          {LIST_COLUMNS.map((column) => (
            <SkeletonItem key={column.id} size={16} />
          ))}
        </div>
      ))}
    </Skeleton>
  );
}
