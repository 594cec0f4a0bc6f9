// Layout of the virtualized asset table: the registries table's styles (sticky header, fixed-height rows,
// sticky name column, sort buttons) with the asset table's own columns.
import { makeStyles, tokens } from '@fluentui/react-components';
import { ROW_HEIGHT } from '@/components/registries/registries-grid.styles';

/** Height of one body row, in pixels (the registries table's, so the two tables read alike). */
export const ASSET_ROW_HEIGHT = ROW_HEIGHT;

/** What the asset table changes: its columns, its width, and a name cell that also holds a badge. */
export const useAssetGridStyles = makeStyles({
  // At most this tall (it scrolls inside); a tab with a few assets is only as tall as its rows.
  scroller: { height: 'auto', maxHeight: 'max(320px, calc(100vh - 400px))' },
  table: { minWidth: '1360px' },
  columns: { gridTemplateColumns: 'minmax(220px, 1.6fr) 110px 90px minmax(200px, 1.6fr) minmax(150px, 1fr) minmax(170px, 1fr) 130px minmax(170px, 1fr) 130px' },
  nameCell: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, lineHeight: 'normal' },
  nameLink: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  headerText: { fontWeight: tokens.fontWeightSemibold },
  message: { padding: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
});
