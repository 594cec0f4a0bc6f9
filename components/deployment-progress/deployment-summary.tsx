'use client';
// The deployment's summary (the Portal's, arm-contract UX §3): name, subscription, resource group, start time,
// elapsed time ticking while it runs (its duration once it ended), and the correlation id with a copy button.
import { makeStyles, tokens } from '@fluentui/react-components';
import type { DeploymentProgressView } from '@/lib/registries/deployment-progress';
import { CopyButton } from './copy-button';
import { formatDuration } from './format';
import { LocalTime } from './local-time';
import { useNow } from './use-now';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalXXL,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, minWidth: 0, overflowWrap: 'anywhere' },
  mono: { fontFamily: tokens.fontFamilyMonospace },
});

/** Elapsed time: ticking from the start while running, ARM's duration once terminal. */
export function elapsedMs(view: Pick<DeploymentProgressView, 'durationMs' | 'startedAt'>, now: number | null): number | null {
  if (view.durationMs !== null) return view.durationMs;
  if (!view.startedAt || now === null) return null;
  return Math.max(0, now - Date.parse(view.startedAt));
}

/** The summary list of a deployment. */
export function DeploymentSummary({ view }: { view: DeploymentProgressView }) {
  const styles = useStyles();
  const now = useNow();
  const subscription = view.subscriptionName ? `${view.subscriptionName} (${view.ref.subscriptionId})` : view.ref.subscriptionId;
  return (
    <dl className={styles.list} aria-label="Deployment summary">
      <dt className={styles.term}>Deployment name</dt>
      <dd className={styles.value}>{view.ref.name}</dd>
      <dt className={styles.term}>Subscription</dt>
      <dd className={styles.value}>{subscription}</dd>
      <dt className={styles.term}>Resource group</dt>
      <dd className={styles.value}>{view.ref.resourceGroup}</dd>
      <dt className={styles.term}>Start time</dt>
      <dd className={styles.value}>
        <LocalTime iso={view.startedAt} />
      </dd>
      <dt className={styles.term}>{view.durationMs === null ? 'Elapsed' : 'Duration'}</dt>
      <dd className={styles.value} data-testid="deployment-elapsed">
        {formatDuration(elapsedMs(view, now))}
      </dd>
      <dt className={styles.term}>Correlation ID</dt>
      <dd className={styles.value}>
        <span className={styles.mono}>{view.correlationId ?? '—'}</span>
        {view.correlationId && <CopyButton value={view.correlationId} label="Copy correlation ID" />}
      </dd>
    </dl>
  );
}
