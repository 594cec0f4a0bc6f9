'use client';
// The status line at the top of a deployment ("Deployment is in progress" / "Your deployment is complete" /
// "Deployment failed"), announced politely as it changes, above a determinate progress bar (done of total).
import { Field, makeStyles, ProgressBar, Spinner, Subtitle1, tokens } from '@fluentui/react-components';
import { CheckmarkCircle24Filled, DismissCircle24Filled, SubtractCircle24Regular } from '@fluentui/react-icons';
import type { DeploymentProgressView } from '@/lib/registries/deployment-progress';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  line: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  succeeded: { color: tokens.colorPaletteGreenForeground1 },
  failed: { color: tokens.colorPaletteRedForeground1 },
  neutral: { color: tokens.colorNeutralForeground3 },
});

/** Headline and progress bar of a deployment. */
export function DeploymentHeadline({ view }: { view: DeploymentProgressView }) {
  const styles = useStyles();
  const icon = {
    running: <Spinner size="tiny" aria-hidden />,
    succeeded: <CheckmarkCircle24Filled className={styles.succeeded} aria-hidden />,
    failed: <DismissCircle24Filled className={styles.failed} aria-hidden />,
    canceled: <SubtractCircle24Regular className={styles.neutral} aria-hidden />,
  }[view.state];
  const color = view.state === 'failed' ? 'error' : view.state === 'succeeded' ? 'success' : 'brand';
  const counted = `${view.done} of ${view.total} ${view.total === 1 ? 'resource' : 'resources'} done`;
  return (
    <div className={styles.root}>
      <div className={styles.line} role="status" aria-live="polite" data-state={view.state}>
        {icon}
        <Subtitle1 as="h2">{view.headline}</Subtitle1>
      </div>
      <Field validationMessage={counted} validationState="none">
        <ProgressBar value={view.done} max={Math.max(view.total, 1)} color={color} thickness="large" aria-label="Resources done" />
      </Field>
    </div>
  );
}
