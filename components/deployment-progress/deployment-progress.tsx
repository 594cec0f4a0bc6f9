'use client';
// The live progress of one deployment: headline and progress bar, summary, failures with Redeploy, the
// per-resource table, and "Go to resource" once it succeeded. Data comes from the polling query; the page
// registers the deployment with the notifications panel so it keeps being watched elsewhere in the app.
import { makeStyles, Skeleton, SkeletonItem, tokens } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { ArmErrorState } from '@/components/arm-error/arm-error-state';
import { trackDeployment } from '@/components/notifications/tracked-deployments';
import { PageHeader } from '@/components/shell/page-header';
import { readsAgainByItself } from '@/lib/action-kit/reads-again';
import type { DeploymentRef } from '@/lib/registries/deployment-progress';
import { DeploymentFailures } from './deployment-failures';
import { DeploymentHeadline } from './deployment-headline';
import { deploymentProgressQuery } from './deployment-progress-query';
import { DeploymentSummary } from './deployment-summary';
import { ProgressActions, type RedeployResult } from './progress-actions';
import { ProgressTable } from './progress-table';
import { StaleProgressBar } from './stale-progress-bar';
import { useLastKnownProgress } from './use-last-known-progress';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

const CONSOLE_UNREACHABLE = "Can't reach the console. Check your connection; this page keeps trying.";

/** The progress page body of deployment `deploymentRef`. */
export function DeploymentProgress({ deploymentRef, redeploy }: {
  deploymentRef: DeploymentRef;
  redeploy: (ref: DeploymentRef) => Promise<RedeployResult>;
}) {
  const styles = useStyles();
  const { data, error, failureReason, dataUpdatedAt, refetch, isFetching } = useQuery(deploymentProgressQuery(deploymentRef));
  const lastKnown = useLastKnownProgress(data, dataUpdatedAt, failureReason !== null);
  const { subscriptionId, resourceGroup, name } = deploymentRef;
  useEffect(() => trackDeployment({ subscriptionId, resourceGroup, name }), [subscriptionId, resourceGroup, name]);

  const header = (actions?: ReactNode) => <PageHeader title={name} description="Deployment" actions={actions} />;
  const retry = () => void refetch();
  // A failed poll after a good one keeps the table it knew, marked stale (the poll goes on by itself).
  const stale = lastKnown?.staleReason ? { ...lastKnown, reason: lastKnown.staleReason } : null;
  if (!stale && (error || (data && !data.ok))) {
    // The poll itself failed (the browser's own words for that are "Failed to fetch"): say it plainly.
    const view = data && !data.ok ? data : { status: 0, code: 'ConsoleUnreachable', message: CONSOLE_UNREACHABLE, requestId: null, correlationId: null };
    return (
      <>
        {header()}
        {/* While ARM makes it wait (the render's budget ran out) the page reads on by itself: no Retry to race it. */}
        <ArmErrorState heading="Couldn't read the deployment" error={view} onRetry={readsAgainByItself(data) ? undefined : retry} retrying={isFetching} />
      </>
    );
  }
  if (!data) {
    return (
      <>
        {header()}
        <Skeleton aria-label="Loading the deployment">
          <SkeletonItem size={24} />
        </Skeleton>
      </>
    );
  }
  const view = stale?.view ?? (data.ok ? data.view : null);
  if (!view) return null;
  return (
    <div className={styles.root}>
      {header(<ProgressActions deploymentRef={deploymentRef} state={view.state} registryPath={view.registry?.path ?? null} redeploy={redeploy} />)}
      {stale && <StaleProgressBar reason={stale.reason} at={stale.at} />}
      <DeploymentHeadline view={view} />
      <DeploymentSummary view={view} />
      <DeploymentFailures failures={view.failures} />
      <ProgressTable rows={view.rows} />
    </div>
  );
}
