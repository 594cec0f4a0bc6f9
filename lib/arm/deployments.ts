// Microsoft.Resources/deployments at resource-group scope, api-version pinned in api-versions.ts
// (arm-contract §3). PUT is an LRO (201/200 + Azure-AsyncOperation); the deployment's own
// provisioningState and its operations show progress; validate answers 200 or 400
// InvalidTemplateDeployment whose details are the underlying problems (thrown as ArmError).
import 'server-only';
import { API_VERSIONS } from '@/lib/arm-facts/api-versions';
import type { ArmClient } from './client';
import { parseRetryAfter } from './errors';
import { handleFromResponse, type OperationHandle } from './lro';
import { listAll } from './paging';
import { armPath } from './paths';
import type { WireDeployment, WireDeploymentOperation, WireDeploymentValidateResult } from './wire-types';

const version = API_VERSIONS.deployments;

/** What a deployment runs: an inline template, its parameter values (`{name: {value}}`), and tags. */
export interface DeploymentInput {
  template: unknown;
  parameters: Record<string, { value: unknown }>;
  tags?: Record<string, string>;
}

/** `/subscriptions/{s}/resourcegroups/{rg}/providers/Microsoft.Resources/deployments[/{name}]` (lowercase `resourcegroups`, as the spec). */
export function deploymentPath(subscriptionId: string, resourceGroup: string, name?: string): string {
  const base = armPath`/subscriptions/${subscriptionId}/resourcegroups/${resourceGroup}/providers/Microsoft.Resources/deployments`;
  return name === undefined ? base : `${base}${armPath`/${name}`}`;
}

// Incremental mode only: Complete would delete everything in the group that the template does not name.
function requestBody(input: DeploymentInput) {
  return { ...(input.tags ? { tags: input.tags } : {}), properties: { mode: 'Incremental', template: input.template, parameters: input.parameters } };
}

/** PUT a deployment; returns the handle to poll and the deployment as ARM echoed it (provisioningState Accepted). */
export async function beginDeployment(
  client: ArmClient,
  subscriptionId: string,
  resourceGroup: string,
  deploymentName: string,
  input: DeploymentInput,
): Promise<{ handle: OperationHandle; deployment: WireDeployment }> {
  const res = await client.send<WireDeployment>({ method: 'PUT', path: deploymentPath(subscriptionId, resourceGroup, deploymentName), apiVersion: version, body: requestBody(input) });
  const handle = handleFromResponse(res) ?? { kind: 'provisioning-state', pollUrl: res.request.url, resourceUrl: res.request.url, startedAt: new Date().toISOString() };
  return { handle, deployment: res.body };
}

/** GET one deployment; 404 DeploymentNotFound becomes ArmError. */
export async function getDeployment(client: ArmClient, subscriptionId: string, resourceGroup: string, deploymentName: string): Promise<WireDeployment> {
  return (await getDeploymentWithRetryAfter(client, subscriptionId, resourceGroup, deploymentName)).deployment;
}

/** GET one deployment plus ARM's suggested polling interval (`Retry-After`), for pages that poll it. */
export async function getDeploymentWithRetryAfter(
  client: ArmClient,
  subscriptionId: string,
  resourceGroup: string,
  deploymentName: string,
): Promise<{ deployment: WireDeployment; retryAfterSeconds?: number }> {
  const res = await client.send<WireDeployment>({ method: 'GET', path: deploymentPath(subscriptionId, resourceGroup, deploymentName), apiVersion: version });
  return { deployment: res.body, retryAfterSeconds: parseRetryAfter(res.headers['retry-after']) };
}

/** A resource group's deployment history (newest first, as ARM lists it), all pages. */
export function listDeployments(client: ArmClient, subscriptionId: string, resourceGroup: string): Promise<WireDeployment[]> {
  return listAll<WireDeployment>(client, deploymentPath(subscriptionId, resourceGroup), version);
}

/** The operations of a deployment (one per template resource that has started), all pages. */
export function listDeploymentOperations(client: ArmClient, subscriptionId: string, resourceGroup: string, deploymentName: string): Promise<WireDeploymentOperation[]> {
  return listAll<WireDeploymentOperation>(client, `${deploymentPath(subscriptionId, resourceGroup, deploymentName)}/operations`, version);
}

/** POST validate: the DeploymentValidateResult, or ArmError (400 InvalidTemplate / InvalidTemplateDeployment with details). */
export async function validateDeployment(
  client: ArmClient,
  subscriptionId: string,
  resourceGroup: string,
  deploymentName: string,
  input: DeploymentInput,
): Promise<WireDeploymentValidateResult> {
  const path = `${deploymentPath(subscriptionId, resourceGroup, deploymentName)}/validate`;
  const res = await client.send<WireDeploymentValidateResult>({ method: 'POST', path, apiVersion: version, body: requestBody(input) });
  return res.body;
}

/** POST cancel: 204 while running; 409 DeploymentCannotBeCancelled (ArmError) once it has ended. */
export async function cancelDeployment(client: ArmClient, subscriptionId: string, resourceGroup: string, deploymentName: string): Promise<void> {
  await client.send({ method: 'POST', path: `${deploymentPath(subscriptionId, resourceGroup, deploymentName)}/cancel`, apiVersion: version });
}

/** POST exportTemplate: the template a deployment ran (ARM's DeploymentExportResult), e.g. to redeploy it. */
export async function exportDeploymentTemplate(
  client: ArmClient,
  subscriptionId: string,
  resourceGroup: string,
  deploymentName: string,
): Promise<Record<string, unknown>> {
  const path = `${deploymentPath(subscriptionId, resourceGroup, deploymentName)}/exportTemplate`;
  const res = await client.send<{ template?: Record<string, unknown> }>({ method: 'POST', path, apiVersion: version });
  return res.body.template ?? {};
}
