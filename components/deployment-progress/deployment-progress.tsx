'use client';
// The live progress of one deployment: headline and progress bar, summary, failures with Redeploy, the
// per-resource table, and "Go to resource" once it succeeded. Data comes from the polling query; the page
// registers the deployment with the notifications panel so it keeps being watched elsewhere in the app.
import { Button, makeStyles, MessageBar, MessageBarBody, Skeleton, SkeletonItem, tokens } from '@fluentui/react-components';
import { ArrowClockwise20Regular, ArrowRight20Regular } from '@fluentui/react-icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useEffect, type ReactNode } from 'react';
import { ArmErrorState } from '@/components/arm-error/arm-error-state';
import { trackDeployment } from '@/components/notifications/tracked-deployments';
import { PageHeader } from '@/components/shell/page-header';
import { useClientNavigation } from '@/components/shell/use-client-navigation';
import type { DeploymentRef } from '@/lib/registries/deployment-progress';
import type { ActionResult } from '@/lib/action-kit/action-result';
import { HydratedButton } from '@/components/shell/hydrated-button';
import { DeploymentFailures } from './deployment-failures';
import { DeploymentHeadline } from './deployment-headline';
import { deploymentProgressQuery } from './deployment-progress-query';
import { DeploymentSummary } from './deployment-summary';
import { ProgressTable } from './progress-table';

/** What the Redeploy server action answers: the new deployment's page, or why it could not start. */
type RedeployResult = ActionResult<{ path: string }>;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

function ProgressActions({ deploymentRef, state, registryPath, redeploy }: {
  deploymentRef: DeploymentRef;
  state: string;
  registryPath: string | null;
  redeploy: (ref: DeploymentRef) => Promise<RedeployResult>;
}) {
  const router = useRouter();
  const navigate = useClientNavigation();
  const mutation = useMutation({
    mutationFn: () => redeploy(deploymentRef),
    onSuccess: (result) => {
      if (result.ok) router.push(result.data.path);
    },
  });
  const failed = mutation.data && !mutation.data.ok ? mutation.data : null;
  return (
    <>
      {state === 'succeeded' && registryPath && (
        <Button as="a" href={registryPath} onClick={navigate} appearance="primary" icon={<ArrowRight20Regular />} iconPosition="after">
          Go to resource
        </Button>
      )}
      {(state === 'failed' || state === 'canceled') && (
        <HydratedButton appearance="primary" icon={<ArrowClockwise20Regular />} disabled={mutation.isPending || mutation.data?.ok} onClick={() => mutation.mutate()}>
          {mutation.isPending || mutation.data?.ok ? 'Redeploying…' : 'Redeploy'}
        </HydratedButton>
      )}
      {(failed || mutation.error) && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            Redeploy failed: {failed ? `${failed.code ? `${failed.code}: ` : ''}${failed.message}` : mutation.error?.message}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

/** The progress page body of deployment `deploymentRef`. */
export function DeploymentProgress({ deploymentRef, redeploy }: {
  deploymentRef: DeploymentRef;
  redeploy: (ref: DeploymentRef) => Promise<RedeployResult>;
}) {
  const styles = useStyles();
  const { data, error, refetch, isFetching } = useQuery(deploymentProgressQuery(deploymentRef));
  const { subscriptionId, resourceGroup, name } = deploymentRef;
  useEffect(() => trackDeployment({ subscriptionId, resourceGroup, name }), [subscriptionId, resourceGroup, name]);

  const header = (actions?: ReactNode) => <PageHeader title={name} description="Deployment" actions={actions} />;
  const retry = () => void refetch();
  if (error || (data && !data.ok)) {
    const view = data && !data.ok ? data : { status: 0, code: 'RequestFailed', message: error?.message ?? '', requestId: null, correlationId: null };
    return (
      <>
        {header()}
        <ArmErrorState heading="Couldn't read the deployment" error={view} onRetry={retry} retrying={isFetching} />
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
  const { view } = data;
  return (
    <div className={styles.root}>
      {header(<ProgressActions deploymentRef={deploymentRef} state={view.state} registryPath={view.registry?.path ?? null} redeploy={redeploy} />)}
      <DeploymentHeadline view={view} />
      <DeploymentSummary view={view} />
      <DeploymentFailures failures={view.failures} />
      <ProgressTable rows={view.rows} />
    </div>
  );
}
