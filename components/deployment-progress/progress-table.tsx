'use client';
// What is being provisioned: the registry and every resource Azure creates for it, one row each, with type,
// region, status (icon and words), start, duration and the operation details (status code and message).
import { makeStyles, Table, TableBody, TableCell, TableCellLayout, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import type { ProgressRow } from '@/lib/registries/deployment-progress';
import { formatDuration } from './format';
import { LocalTime } from './local-time';
import { ProgressStatusLabel } from './progress-status';
import { useNow } from './use-now';

const useStyles = makeStyles({
  // On a phone the table scrolls sideways inside this box (a tab stop, so keyboard users can scroll it too)
  // instead of crushing its columns into one-word lines.
  wrap: { overflowX: 'auto', ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
  // Wide enough that a status and a start time each keep to one line (a tablet scrolls the rest too).
  table: { minWidth: '940px' },
  status: { width: '130px' },
  start: { width: '190px' },
  // The resource column stays in view while the rest scrolls under it, and is wide enough that the storage
  // accounts' long names (which differ only at the end) can be told apart; they wrap rather than truncate.
  resource: {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    width: '200px',
    backgroundColor: tokens.colorNeutralBackground1,
    overflowWrap: 'anywhere',
  },
  pending: { color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
  code: { fontFamily: tokens.fontFamilyMonospace },
  message: { display: 'block', color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
});

const COLUMNS = ['Resource', 'Type', 'Region', 'Status', 'Start', 'Duration', 'Operation details'];

// A running row's duration ticks; a finished one shows what ARM reported (or nothing when ARM does not say).
function rowDuration(row: ProgressRow, now: number | null): number | null {
  if (row.durationMs !== null) return row.durationMs;
  if (row.status === 'running' && row.startedAt && now !== null) return Math.max(0, now - Date.parse(row.startedAt));
  return null;
}

/** The per-resource table of a deployment. */
export function ProgressTable({ rows }: { rows: ProgressRow[] }) {
  const styles = useStyles();
  const now = useNow();
  return (
    <div className={styles.wrap} role="region" aria-label="Deployment details table" tabIndex={0}>
      <Table aria-label="Deployment details" size="small" className={styles.table}>
        <TableHeader>
          <TableRow>
            {COLUMNS.map((column, index) => (
              <TableHeaderCell key={column} className={[styles.resource, undefined, undefined, styles.status, styles.start][index]}>
                {column}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.key} data-row-key={row.key}>
              <TableCell className={styles.resource}>
                <TableCellLayout>{row.name ?? <span className={styles.pending}>Not created yet</span>}</TableCellLayout>
              </TableCell>
              <TableCell>{row.typeLabel}</TableCell>
              <TableCell>{row.regionLabel ?? '—'}</TableCell>
              <TableCell>
                <ProgressStatusLabel status={row.status} text={row.statusText} />
              </TableCell>
              <TableCell>
                <LocalTime iso={row.startedAt} />
              </TableCell>
              <TableCell>{formatDuration(rowDuration(row, now))}</TableCell>
              <TableCell>
                <span className={styles.code}>{row.statusCode ?? '—'}</span>
                {row.statusMessage && <span className={styles.message}>{row.statusMessage}</span>}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
