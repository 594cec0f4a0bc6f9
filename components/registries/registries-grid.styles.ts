// Layout of the virtualized registries table: one CSS grid template shared by the header row and every body
// row, so columns line up without measuring; rows have a fixed height, so the virtualizer never measures either.
import { makeStyles, tokens } from '@fluentui/react-components';

/** Height of one body row, in pixels (the virtualizer's fixed size). */
export const ROW_HEIGHT = 44;

/** Column widths, in display order (LIST_COLUMNS). */
export const GRID_TEMPLATE =
  'minmax(190px, 1.4fr) minmax(150px, 1fr) minmax(160px, 1fr) 140px 165px 195px 120px minmax(160px, 1fr) 130px minmax(180px, 1.2fr)';

/** Styles of the table, its rows and cells. */
export const useGridStyles = makeStyles({
  scroller: {
    overflow: 'auto',
    // The table's 1600px must scroll here, not widen the page (and squeeze the shell's navigation).
    contain: 'inline-size',
    height: 'max(360px, calc(100vh - 330px))',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  table: { minWidth: '1600px' },
  header: {
    position: 'sticky',
    top: 0,
    zIndex: 3,
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  row: {
    backgroundColor: 'inherit',
    display: 'grid',
    gridTemplateColumns: GRID_TEMPLATE,
    alignItems: 'center',
    height: `${ROW_HEIGHT}px`,
    boxSizing: 'border-box',
  },
  bodyRow: {
    position: 'absolute',
    top: 0,
    left: 0,
    width: '100%',
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    backgroundColor: tokens.colorNeutralBackground1,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  // The name stays in view while the other columns scroll sideways under it; it takes its row's background
  // (opaque, so scrolled cells do not show through) and a divider on its trailing edge.
  stickyCell: {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    alignSelf: 'stretch',
    // Stretched to the row's height (for an unbroken background), so the text is centred by its line box.
    lineHeight: `${ROW_HEIGHT - 1}px`,
    backgroundColor: 'inherit',
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  // A keyboard user tabbing onto a cut-off name sees all of it, over the next cells.
  revealOnFocus: {
    ':focus-within': { overflow: 'visible', zIndex: 2 },
    '& a:focus-visible': { backgroundColor: tokens.colorNeutralBackground1, paddingInlineEnd: tokens.spacingHorizontalS },
  },
  cell: {
    paddingInline: tokens.spacingHorizontalM,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    minWidth: 0,
  },
  headerButton: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    width: '100%',
    padding: 0,
    border: 'none',
    background: 'none',
    color: tokens.colorNeutralForeground1,
    font: 'inherit',
    fontWeight: tokens.fontWeightSemibold,
    textAlign: 'start',
    cursor: 'pointer',
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, borderRadius: tokens.borderRadiusSmall },
  },
  secondary: { color: tokens.colorNeutralForeground2 },
  none: { color: tokens.colorNeutralForeground3 },
  noMatch: { padding: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
});
