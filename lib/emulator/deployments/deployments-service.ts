// Microsoft.Resources/deployments operations, callable without HTTP (the handlers wrap them):
// PUT (201/200 + Azure-AsyncOperation, 409 DeploymentActive while running), validate (200 or 400
// InvalidTemplateDeployment), GET, list, operations, the operation-status resource, cancel (204, or 409
// DeploymentCannotBeCancelled) and DELETE.
import { randomBytes, randomUUID } from 'node:crypto';
import type { OperationResult, RpContext } from '../context';
import { operationNotFound } from '../errors';
import { retryAfterSeconds } from '../provisioning/timing';
import { requireResourceGroup } from '../rp/scope-checks';
import type { DeploymentOperationRecord, DeploymentRecord } from '../store/deployments';
import { deleteDeployment, deploymentId, finishDeployment, getDeployment, listDeploymentOperations, listDeployments, saveNewRun } from '../store/deployments';
import type { ResourceGroupRecord } from '../store/resource-groups';
import { assertResourceName } from '../resource-names';
import { parseDeploymentRequest, type DeploymentRequest } from './deployment-request';
import { toWireDeployment, toWireDeploymentOperation } from './deployment-wire';
import { advanceDeployment } from './engine';
import { preflight } from './preflight';
import { deploymentActive, deploymentCannotBeCancelled, deploymentNotFound } from './template-errors';
import type { EvaluatedTemplate } from './template-evaluate';
import { evaluateTemplate } from './template-evaluate';

/** Identifies one deployment. */
export interface DeploymentRef {
  subscriptionId: string;
  resourceGroup: string;
  name: string;
}

interface Prepared {
  rg: ResourceGroupRecord;
  request: DeploymentRequest;
  template: EvaluatedTemplate;
}

// Everything PUT and validate share: name rules, the resource group, the body, the template, preflight.
function prepareDeployment(ctx: RpContext, ref: DeploymentRef, body: unknown): Prepared {
  assertResourceName('Microsoft.Resources/deployments', ref.name);
  const rg = requireResourceGroup(ctx, ref.subscriptionId, ref.resourceGroup, { forWrite: true });
  const request = parseDeploymentRequest(body);
  const template = evaluateTemplate(request.template, request.parameters, { subscriptionId: rg.subscriptionId, resourceGroup: rg.name, resourceGroupLocation: rg.location });
  preflight(ctx, ref.name, rg, template);
  return { rg, request, template };
}

/** The current state of a deployment (advanced to ctx.now), or 404 DeploymentNotFound. */
export function requireDeployment(ctx: RpContext, ref: DeploymentRef): DeploymentRecord {
  const rg = requireResourceGroup(ctx, ref.subscriptionId, ref.resourceGroup, { forWrite: false });
  const d = getDeployment(ctx.emulator.db, rg.subscriptionId, rg.name, ref.name);
  if (!d) throw deploymentNotFound(ref.name, ref.resourceGroup);
  return advanceDeployment(ctx.emulator, d, ctx.now);
}

const operationId = () => randomBytes(8).toString('hex').toUpperCase();

/** PUT: starts a new run (201 new, 200 replacing a finished one) answering Accepted + Azure-AsyncOperation. */
export function createDeployment(ctx: RpContext, ref: DeploymentRef, body: unknown, correlationId: string): OperationResult {
  return ctx.emulator.db.transaction((): OperationResult => {
    const rg = requireResourceGroup(ctx, ref.subscriptionId, ref.resourceGroup, { forWrite: true });
    const existing = getDeployment(ctx.emulator.db, rg.subscriptionId, rg.name, ref.name);
    const previous = existing && advanceDeployment(ctx.emulator, existing, ctx.now);
    if (previous?.state === 'Running') throw deploymentActive(previous.name, previous.startedAt);
    const { request, template } = prepareDeployment(ctx, ref, body);
    const id = deploymentId(rg.subscriptionId, rg.name, ref.name);
    const record: DeploymentRecord = {
      idKey: id.toLowerCase(),
      id,
      name: ref.name,
      subscriptionId: rg.subscriptionId,
      resourceGroup: rg.name,
      runId: randomUUID(),
      correlationId,
      state: 'Running',
      mode: request.mode,
      templateHash: template.templateHash,
      template: request.template,
      parameters: template.parameters,
      outputs: template.outputs,
      tags: request.tags,
      caller: ctx.caller,
      baseUrl: ctx.baseUrl,
      startedAt: ctx.now,
      endedAt: null,
    };
    const ops: DeploymentOperationRecord[] = template.resources.map((r) => ({
      operationId: operationId(),
      deploymentKey: record.idKey,
      seq: r.index,
      resourceId: r.id,
      resourceType: r.type,
      resourceName: r.name,
      apiVersion: r.apiVersion,
      body: r.body,
      dependsOn: r.dependsOn,
      state: 'Pending',
      startedAt: null,
      endedAt: null,
      statusCode: null,
      asyncOperationUrl: null,
      trackingId: randomUUID(),
      serviceRequestId: null,
    }));
    saveNewRun(ctx.emulator.db, record, ops);
    const started = advanceDeployment(ctx.emulator, record, ctx.now);
    const wire = toWireDeployment(started, listDeploymentOperations(ctx.emulator.db, started.idKey), ctx.now, started.state === 'Running' ? 'Accepted' : undefined);
    const statusUrl = `${ctx.baseUrl}${id}/operationStatuses/${record.runId}?api-version=${encodeURIComponent(ctx.apiVersion)}`;
    return { status: previous ? 200 : 201, body: wire, headers: { 'Azure-AsyncOperation': statusUrl, 'Retry-After': retryAfterSeconds(ctx) } };
  })();
}

/** POST validate: 200 DeploymentValidateResult without creating anything, or 400 InvalidTemplate / InvalidTemplateDeployment. */
export function validateDeployment(ctx: RpContext, ref: DeploymentRef, body: unknown, correlationId: string): OperationResult {
  const { rg, request, template } = prepareDeployment(ctx, ref, body);
  const id = deploymentId(rg.subscriptionId, rg.name, ref.name);
  const properties = {
    templateHash: template.templateHash,
    parameters: template.parameters,
    mode: request.mode,
    provisioningState: 'Succeeded',
    timestamp: new Date(ctx.now).toISOString(),
    duration: 'PT0S',
    correlationId,
    validatedResources: template.resources.map((r) => ({ id: r.id })),
    dependencies: template.resources
      .filter((r) => r.dependsOn.length)
      .map((r) => ({ id: r.id, resourceType: r.type, resourceName: r.name, dependsOn: r.dependsOn.map((i) => ({ id: template.resources[i].id, resourceType: template.resources[i].type, resourceName: template.resources[i].name })) })),
  };
  return { status: 200, body: { id, name: ref.name, type: 'Microsoft.Resources/deployments', properties } };
}

/** POST exportTemplate: `{ template }` as the deployment ran it (DeploymentExportResult). */
export function exportDeploymentTemplate(ctx: RpContext, ref: DeploymentRef): OperationResult {
  const d = requireDeployment(ctx, ref);
  return { status: 200, body: { template: d.template ?? {} } };
}

/** GET one deployment. */
export function getDeploymentResult(ctx: RpContext, ref: DeploymentRef): OperationResult {
  const d = requireDeployment(ctx, ref);
  return { status: 200, body: toWireDeployment(d, listDeploymentOperations(ctx.emulator.db, d.idKey), ctx.now) };
}

/** A resource group's deployments, newest first (unpaged ARM JSON). */
export function listDeploymentResources(ctx: RpContext, subscriptionId: string, resourceGroup: string): Record<string, unknown>[] {
  const rg = requireResourceGroup(ctx, subscriptionId, resourceGroup, { forWrite: false });
  return listDeployments(ctx.emulator.db, rg.subscriptionId, rg.name)
    .map((d) => advanceDeployment(ctx.emulator, d, ctx.now))
    .sort((a, b) => b.startedAt - a.startedAt)
    .map((d) => toWireDeployment(d, listDeploymentOperations(ctx.emulator.db, d.idKey), ctx.now));
}

/** The operations of a deployment that have started (unpaged ARM JSON). */
export function listDeploymentOperationResources(ctx: RpContext, ref: DeploymentRef): Record<string, unknown>[] {
  const d = requireDeployment(ctx, ref);
  return listDeploymentOperations(ctx.emulator.db, d.idKey)
    .filter((o) => o.state !== 'Pending')
    .map((o) => toWireDeploymentOperation(d, o, ctx.now));
}

/** GET …/operationStatuses/{id}: `{status}` (Running, Succeeded, Failed, Canceled) with the error when Failed. */
export function deploymentOperationStatus(ctx: RpContext, ref: DeploymentRef, runId: string): OperationResult {
  const d = requireDeployment(ctx, ref);
  if (d.runId.toLowerCase() !== runId.toLowerCase()) throw operationNotFound(runId);
  return { status: 200, body: d.error ? { status: d.state, error: d.error } : { status: d.state } };
}

/** POST cancel: 204 for a running deployment (resources already started run on); 409 otherwise. */
export function cancelDeployment(ctx: RpContext, ref: DeploymentRef): OperationResult {
  const d = requireDeployment(ctx, ref);
  if (d.state !== 'Running') throw deploymentCannotBeCancelled(d.name, d.state);
  finishDeployment(ctx.emulator.db, d.idKey, 'Canceled', ctx.now);
  return { status: 204 };
}

/** DELETE: removes a finished deployment's record (not its resources); 409 while running; 204 when missing. */
export function deleteDeploymentRecord(ctx: RpContext, ref: DeploymentRef): OperationResult {
  const rg = requireResourceGroup(ctx, ref.subscriptionId, ref.resourceGroup, { forWrite: true });
  const existing = getDeployment(ctx.emulator.db, rg.subscriptionId, rg.name, ref.name);
  if (!existing) return { status: 204 };
  const d = advanceDeployment(ctx.emulator, existing, ctx.now);
  if (d.state === 'Running') throw deploymentActive(d.name, d.startedAt);
  deleteDeployment(ctx.emulator.db, d.idKey);
  return { status: 204 };
}
