'use server';
// The Deployments tab's data: the registry's resource group deployment history (GET …/deployments).
import type { ActionResult } from '@/lib/action-kit/action-result';
import { deploymentHistoryRows, type DeploymentHistoryRow } from '@/lib/registries/deployment-history';
import { listDeployments } from '@/lib/arm/deployments';
import { runRegistryRead } from './run-action';

/** The resource group's deployments, newest first, each linking to its progress page. */
export async function listDeploymentsAction(ref: unknown): Promise<ActionResult<DeploymentHistoryRow[]>> {
  return runRegistryRead(ref, async (client, r) => ({
    ok: true,
    data: deploymentHistoryRows(await listDeployments(client, r.subscriptionId, r.resourceGroup), r),
  }));
}
