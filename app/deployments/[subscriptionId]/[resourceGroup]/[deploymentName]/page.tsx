// /deployments/{subscriptionId}/{resourceGroup}/{deploymentName}: one deployment's live progress. The first
// render is read from ARM on the server and handed to the client cache, which then polls the API route.
import { dehydrate, HydrationBoundary } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { deploymentProgressKey } from '@/components/deployment-progress/deployment-progress-query';
import { parseDeploymentRef } from '@/lib/registries/deployment-ref';
import { DeploymentProgress } from '@/components/deployment-progress/deployment-progress';
import { getQueryClient } from '@/components/providers/get-query-client';
import { redeployAction } from './actions';
import { readDeploymentProgress } from '../../../read-deployment-progress';
import { getConsoleArmClient } from '@/lib/session/arm-client';
import { PROGRESS_ARM_BUDGET_MS, withArmDeadline } from '@/lib/arm/deadline';

type Params = Promise<{ subscriptionId: string; resourceGroup: string; deploymentName: string }>;

/** Title: the deployment's name. */
export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const ref = parseDeploymentRef(await params);
  return { title: ref ? `Deployment ${ref.name}` : 'Deployment' };
}

/** The progress page of one deployment. */
export default async function DeploymentPage({ params }: { params: Params }) {
  const ref = parseDeploymentRef(await params);
  if (!ref) notFound();
  // ARM gets a few seconds of the first paint (lib/arm/deadline.ts); past that the page says why it waits
  // and the browser's poll (unbudgeted) reads on at once.
  const result = await withArmDeadline(PROGRESS_ARM_BUDGET_MS, async () => readDeploymentProgress(await getConsoleArmClient(), ref));
  if (!result.ok && result.notFound) notFound();
  const queryClient = getQueryClient();
  queryClient.setQueryData(deploymentProgressKey(ref), result);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <DeploymentProgress key={deploymentProgressKey(ref).join('/')} deploymentRef={ref} redeploy={redeployAction} />
    </HydrationBoundary>
  );
}
