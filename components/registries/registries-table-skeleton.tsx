'use client';
// Placeholder for the registries list while ARM is being read: toolbar-sized bar, then the table's columns
// with shimmering rows, announced as busy.
import { makeStyles, Skeleton, SkeletonItem, tokens, useSkeletonItem_unstable, useSkeletonItemStyles_unstable } from '@fluentui/react-components';
import { LIST_COLUMNS } from '@/lib/registries/list-columns';
import { ALL_COLUMNS_LAYOUT } from './registries-grid.styles';

const PLACEHOLDER_ROWS = 8;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, overflow: 'hidden', contain: 'inline-size' },
  row: { display: 'grid', gap: tokens.spacingHorizontalM },
  header: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
});

// The class of one 16 px SkeletonItem, worked out once for all 80 placeholder cells: the server renders this
// skeleton into every /registries page (loading.tsx streams it first), and 80 SkeletonItem components cost
// more than the rest of it. The cells are the same divs with the same classes SkeletonItem renders.
function useSkeletonCellClassName(): string {
  const state = useSkeletonItem_unstable({ size: 16 }, null);
  useSkeletonItemStyles_unstable(state);
  return state.root.className ?? '';
}

/** The loading state of the registries list. */
export function RegistriesTableSkeleton() {
  const styles = useStyles();
  const cellClassName = useSkeletonCellClassName();
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
            <div key={column.id} className={cellClassName} />
          ))}
        </div>
      ))}
    </Skeleton>
  );
}
