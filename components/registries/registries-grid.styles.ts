// Layout of the virtualized registries table: one CSS grid template shared by the header row and every body
// row, so columns line up without measuring; rows have a fixed height, so the virtualizer never measures either.
import { makeResetStyles, makeStyles, tokens } from '@fluentui/react-components';
import { LIST_COLUMN_IDS, type ListColumnId } from '@/lib/registries/list-columns';

/** Height of one body row, in pixels (the virtualizer's fixed size). */
export const ROW_HEIGHT = 44;

// Each column's narrowest width (px) and how it shares what is left; the grid template and the table's
// minimum width are built from the columns shown, so hiding one gives its room to the others.
const COLUMN_WIDTHS: Record<ListColumnId, { min: number; grow: string | null }> = {
  name: { min: 190, grow: '1.4fr' },
  status: { min: 130, grow: null },
  resourceGroup: { min: 150, grow: '1fr' },
  subscription: { min: 160, grow: '1fr' },
  region: { min: 140, grow: null },
  additionalRegions: { min: 165, grow: null },
  publicNetworkAccess: { min: 195, grow: null },
  created: { min: 120, grow: null },
  createdBy: { min: 160, grow: '1fr' },
  tags: { min: 180, grow: '1.2fr' },
};

/** The grid template and minimum width for `columns` (in display order). */
export function gridLayout(columns: readonly ListColumnId[]): { gridTemplateColumns: string; minWidth: string } {
  const tracks = columns.map((id) => {
    const { min, grow } = COLUMN_WIDTHS[id];
    return grow ? `minmax(${min}px, ${grow})` : `${min}px`;
  });
  const minWidth = columns.reduce((sum, id) => sum + COLUMN_WIDTHS[id].min, 0);
  return { gridTemplateColumns: tracks.join(' '), minWidth: `${minWidth}px` };
}

/** The layout with every column shown (the skeleton's, before the view is known). */
export const ALL_COLUMNS_LAYOUT = gridLayout(LIST_COLUMN_IDS);

/** The custom property the registries table sets to its grid template, for the body rows to read. */
export const GRID_COLUMNS_PROPERTY = '--registries-grid-columns';

// Shared by the atomic styles (the header row, the asset grid) and the registries table's reset styles.
const rowBase = {
  display: 'grid',
  alignItems: 'center',
  height: `${ROW_HEIGHT}px`,
  boxSizing: 'border-box',
} as const;

const bodyRowBase = {
  position: 'absolute',
  top: 0,
  left: 0,
  width: '100%',
  borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  backgroundColor: tokens.colorNeutralBackground1,
  ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
} as const;

const cellBase = {
  paddingInline: tokens.spacingHorizontalM,
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  whiteSpace: 'nowrap',
  minWidth: 0,
} as const;

// What every body row and cell of the registries table repeats, as reset styles: one class each instead of a
// dozen atomic ones per element, which is most of the server-rendered list's HTML (ten cells × 25 rows).
// Atomic classes from useGridStyles (sticky name cell, secondary text) still win where they are merged in.

/** A body row: positioned by the virtualizer, its columns from GRID_COLUMNS_PROPERTY. */
export const useBodyRowClassName = makeResetStyles({ ...rowBase, gridTemplateColumns: `var(${GRID_COLUMNS_PROPERTY})`, ...bodyRowBase });

/** A body cell. */
export const useCellClassName = makeResetStyles(cellBase);

// Fluent's Link (default appearance, with an href) as one class: a Link component per row costs more to render
// than the rest of the row. Keyboard focus shows as Fluent's double underline (data-fui-focus-visible).
/** The registry's name link in its row. */
export const useNameLinkClassName = makeResetStyles({
  backgroundColor: 'transparent',
  boxSizing: 'border-box',
  color: tokens.colorBrandForegroundLink,
  cursor: 'pointer',
  display: 'inline',
  fontFamily: tokens.fontFamilyBase,
  fontSize: 'inherit',
  fontWeight: tokens.fontWeightRegular,
  margin: 0,
  padding: 0,
  overflow: 'inherit',
  textAlign: 'start',
  textDecorationLine: 'none',
  textDecorationThickness: tokens.strokeWidthThin,
  textOverflow: 'inherit',
  userSelect: 'text',
  ':hover': { textDecorationLine: 'underline', color: tokens.colorBrandForegroundLinkHover },
  ':active': { textDecorationLine: 'underline', color: tokens.colorBrandForegroundLinkPressed },
  ':focus-visible': { outlineStyle: 'none' },
  '&[data-fui-focus-visible]': {
    textDecorationColor: tokens.colorStrokeFocus2,
    textDecorationLine: 'underline',
    textDecorationStyle: 'double',
    outlineStyle: 'none',
  },
});

/** Styles of the table, its rows and cells. */
export const useGridStyles = makeStyles({
  scroller: {
    overflow: 'auto',
    // The table's minimum width must scroll here, not widen the page (and squeeze the shell's navigation).
    contain: 'inline-size',
    height: 'max(360px, calc(100vh - 330px))',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  header: {
    position: 'sticky',
    top: 0,
    zIndex: 3,
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // Columns come from gridLayout(), inline: they depend on which columns are shown.
  row: { backgroundColor: 'inherit', ...rowBase },
  bodyRow: bodyRowBase,
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
  cell: cellBase,
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
