'use client';
// Placeholder for the registries list while ARM is being read: toolbar-sized bar, then the table's columns
// with shimmering rows, announced as busy.
import { makeStyles, mergeClasses, Skeleton, SkeletonItem, tokens, useSkeletonItem_unstable, useSkeletonItemStyles_unstable } from '@fluentui/react-components';
import { LIST_COLUMNS } from '@/lib/registries/list-columns';
import { ALL_COLUMNS_LAYOUT } from './registries-grid.styles';

const PLACEHOLDER_ROWS = 8;
// A placeholder cell's height and the space between rows (the root's gap, tokens.spacingVerticalM).
const CELL_PX = 16;
const ROW_GAP_PX = 12;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, overflow: 'hidden', contain: 'inline-size' },
  row: { display: 'grid', gap: tokens.spacingHorizontalM },
  header: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  // A column's placeholder cells are one shimmering SkeletonItem, as tall as all the rows, that a mask cuts into
  // one bar per row: 10 elements instead of 80. The server renders this skeleton into every /registries page
  // (loading.tsx streams it first, and it is usually replaced in the same response), where 80 cells were 16 KB
  // of its 173 KB of HTML. The bars' corners are square (a SkeletonItem's are rounded 4 px).
  column: {
    height: `${PLACEHOLDER_ROWS * CELL_PX + (PLACEHOLDER_ROWS - 1) * ROW_GAP_PX}px`,
    borderRadius: 0,
    maskImage: `repeating-linear-gradient(to bottom, #000 0 ${CELL_PX}px, transparent ${CELL_PX}px ${CELL_PX + ROW_GAP_PX}px)`,
  },
});

// The class of a column of placeholder cells: SkeletonItem's own (16 px, wave) with the column's height and mask.
function useColumnClassName(column: string): string {
  const state = useSkeletonItem_unstable({ size: 16, className: column }, null);
  useSkeletonItemStyles_unstable(state);
  return state.root.className ?? '';
}

/** The loading state of the registries list. */
export function RegistriesTableSkeleton() {
  const styles = useStyles();
  const columnClassName = useColumnClassName(styles.column);
  return (
    <Skeleton aria-label="Loading registries" aria-busy="true" className={styles.root}>
      <SkeletonItem size={32} style={{ maxWidth: '720px' }} />
      <div className={mergeClasses(styles.row, styles.header)} style={ALL_COLUMNS_LAYOUT} aria-hidden>
        {LIST_COLUMNS.map((column) => (
          <span key={column.id}>{column.label}</span>
        ))}
      </div>
      <div className={styles.row} style={ALL_COLUMNS_LAYOUT}>
        {LIST_COLUMNS.map((column) => (
          <div key={column.id} className={columnClassName} />
        ))}
      </div>
    </Skeleton>
  );
}
