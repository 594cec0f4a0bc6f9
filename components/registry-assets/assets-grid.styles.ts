// Layout of the virtualized asset table: one grid template for the header and every row, fixed row height
// (the virtualizer never measures), the name column sticky while the rest scrolls sideways.
import { makeStyles, tokens } from '@fluentui/react-components';

/** Height of one body row, in pixels. */
export const ASSET_ROW_HEIGHT = 44;

/** Column widths, in display order (ASSET_COLUMNS). */
const GRID_TEMPLATE = 'minmax(220px, 1.6fr) 110px 90px minmax(200px, 1.6fr) minmax(150px, 1fr) minmax(170px, 1fr) 130px minmax(170px, 1fr) 130px';

/** Styles of the table, its rows and cells. */
export const useAssetGridStyles = makeStyles({
  scroller: {
    overflow: 'auto',
    contain: 'inline-size',
    height: 'max(320px, calc(100vh - 400px))',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  table: { minWidth: '1360px' },
  header: {
    position: 'sticky',
    top: 0,
    zIndex: 3,
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  row: { backgroundColor: 'inherit', display: 'grid', gridTemplateColumns: GRID_TEMPLATE, alignItems: 'center', height: `${ASSET_ROW_HEIGHT}px`, boxSizing: 'border-box' },
  bodyRow: {
    position: 'absolute',
    top: 0,
    left: 0,
    width: '100%',
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    backgroundColor: tokens.colorNeutralBackground1,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  stickyCell: {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    alignSelf: 'stretch',
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    backgroundColor: 'inherit',
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  cell: { paddingInline: tokens.spacingHorizontalM, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0 },
  nameLink: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
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
  headerText: { fontWeight: tokens.fontWeightSemibold },
  secondary: { color: tokens.colorNeutralForeground2 },
  none: { color: tokens.colorNeutralForeground3 },
  message: { padding: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
});
