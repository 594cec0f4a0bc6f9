'use client';
// The Deployments tab: the template deployments of the registry's resource group, newest first, each
// linking to its progress page; the ones that created or changed this registry are marked.
import {
  Badge,
  Body1,
  Link,
  makeStyles,
  Skeleton,
  SkeletonItem,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { useClientNavigation } from '@/components/shell/use-client-navigation';
import { FailureBar } from '@/components/action-kit/failure-bar';
import type { ActionResult } from '@/lib/action-kit/action-result';
import { formatDuration } from '@/components/deployment-progress/format';
import type { DeploymentHistoryRow } from '@/lib/registries/deployment-history';
import { LocalTime } from './local-time';

const useStyles = makeStyles({
  muted: { color: tokens.colorNeutralForeground2 },
  // Deployment names are long unbroken words: they wrap (and the badge below them) instead of running under
  // the Status column on a phone.
  cell: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, alignItems: 'center', minWidth: 0, overflowWrap: 'anywhere' },
  nameColumn: { width: '45%' },
  // On a phone the table scrolls sideways in this box (a tab stop, so the keyboard can scroll it too).
  wrap: { overflowX: 'auto', ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
  table: { minWidth: '600px' },
});

function stateColor(state: string): 'success' | 'danger' | 'informative' {
  const s = state.toLowerCase();
  return s === 'succeeded' ? 'success' : s === 'failed' || s === 'canceled' ? 'danger' : 'informative';
}

/** The history table, a skeleton while loading, or the failure. */
export function DeploymentsPanel({ result, resourceGroup }: { result: ActionResult<DeploymentHistoryRow[]> | undefined; resourceGroup: string }) {
  const styles = useStyles();
  const navigate = useClientNavigation();
  if (!result) {
    return (
      <Skeleton aria-label="Loading deployments">
        <SkeletonItem size={24} />
        <SkeletonItem size={24} />
      </Skeleton>
    );
  }
  if (!result.ok) return <FailureBar failure={result} title="Couldn't list the deployments" />;
  if (result.data.length === 0) return <Body1 className={styles.muted}>No template deployments in {resourceGroup}.</Body1>;
  return (
    <div className={styles.wrap} role="region" aria-label="Deployments table" tabIndex={0}>
      <Table aria-label={`Deployments in ${resourceGroup}`} className={styles.table}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.nameColumn}>Deployment</TableHeaderCell>
            <TableHeaderCell>Status</TableHeaderCell>
            <TableHeaderCell>Started</TableHeaderCell>
            <TableHeaderCell>Duration</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {result.data.map((row) => (
            <TableRow key={row.name}>
              <TableCell>
                <span className={styles.cell}>
                  <Link href={row.href} onClick={navigate}>{row.name}</Link>
                  {row.aboutRegistry && <Badge appearance="outline" size="small">This registry</Badge>}
                </span>
              </TableCell>
              <TableCell><Badge appearance="tint" color={stateColor(row.state)}>{row.state}</Badge></TableCell>
              <TableCell><LocalTime iso={row.timestamp} /></TableCell>
              <TableCell>{formatDuration(row.durationMs)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
