// The deployment engine. A run's state is derived, never timed: each template resource is submitted to
// its provider once its dependencies have Succeeded (at the moment the last one ended, so a late read
// still yields the right timestamps), then followed through the provider's own Azure-AsyncOperation
// resource. The deployment is Running while any operation runs, and ends Succeeded, or Failed with
// `DeploymentFailed` listing each failed operation's provider error (arm-contract.md §3).
import { randomUUID } from 'node:crypto';
import type { Emulator, RpContext } from '../context';
import { isArmHttpError } from '../errors';
import type { DeploymentOperationRecord, DeploymentRecord } from '../store/deployments';
import { finishDeployment, getDeployment, listDeploymentOperations, listRunningDeployments, updateDeploymentOperation } from '../store/deployments';
import type { OperationError } from '../store/operations';
import { templateResourceProvider } from './resource-providers';
import { DEPLOYMENT_FAILED_MESSAGE } from './template-errors';

const STATUS_TEXT: Record<number, string> = {
  200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'NoContent', 400: 'BadRequest', 401: 'Unauthorized', 403: 'Forbidden', 404: 'NotFound',
  409: 'Conflict', 429: 'TooManyRequests', 500: 'InternalServerError', 503: 'ServiceUnavailable',
};
/** ARM's statusCode text for an HTTP status ("Created", "Conflict"…). */
export const statusText = (status: number) => STATUS_TEXT[status] ?? String(status);

// The provider's error as an operation records it (ArmHttpError's body, details included).
const errorOf = (e: { toBody(): { error: unknown } }) => e.toBody().error as OperationError;

const TERMINAL: Record<string, 'Succeeded' | 'Failed' | 'Canceled'> = { succeeded: 'Succeeded', failed: 'Failed', canceled: 'Canceled' };

function rpContext(emulator: Emulator, d: DeploymentRecord, apiVersion: string, now: number): RpContext {
  return { emulator, caller: d.caller, baseUrl: d.baseUrl, apiVersion, now };
}

function submit(emulator: Emulator, d: DeploymentRecord, op: DeploymentOperationRecord, at: number): void {
  const provider = templateResourceProvider(op.resourceType)!;
  const base = { startedAt: at, serviceRequestId: randomUUID() };
  try {
    const result = provider.createOrUpdate(rpContext(emulator, d, op.apiVersion, at), {
      subscriptionId: d.subscriptionId,
      resourceGroup: d.resourceGroup,
      name: op.resourceName,
      body: op.body,
    });
    const url = result.headers?.['Azure-AsyncOperation'] ?? null;
    updateDeploymentOperation(emulator.db, op.operationId, {
      ...base,
      state: url ? 'Running' : 'Succeeded',
      endedAt: url ? null : at,
      statusCode: statusText(result.status),
      asyncOperationUrl: url,
    });
  } catch (e) {
    if (!isArmHttpError(e)) throw e;
    updateDeploymentOperation(emulator.db, op.operationId, { ...base, state: 'Failed', endedAt: at, statusCode: statusText(e.status), asyncOperationUrl: null, error: errorOf(e) });
  }
}

// Reads the provider's operation-status resource of every running operation; records terminal ones.
function refresh(emulator: Emulator, d: DeploymentRecord, now: number): void {
  for (const op of listDeploymentOperations(emulator.db, d.idKey)) {
    if (op.state !== 'Running' || !op.asyncOperationUrl) continue;
    let status: { status: string; endTime?: string; error?: OperationError };
    try {
      status = templateResourceProvider(op.resourceType)!.status(rpContext(emulator, d, op.apiVersion, now), op.asyncOperationUrl);
    } catch (e) {
      if (!isArmHttpError(e)) throw e;
      status = { status: 'Failed', error: errorOf(e) };
    }
    const terminal = TERMINAL[status.status.toLowerCase()];
    if (!terminal) continue;
    const endedAt = status.endTime ? Date.parse(status.endTime) : now;
    const failedCode = status.error?.code === 'InternalServerError' ? 'InternalServerError' : terminal === 'Canceled' ? 'Conflict' : 'BadRequest';
    updateDeploymentOperation(emulator.db, op.operationId, {
      state: terminal,
      startedAt: op.startedAt,
      endedAt,
      statusCode: terminal === 'Succeeded' ? op.statusCode : failedCode,
      asyncOperationUrl: op.asyncOperationUrl,
      serviceRequestId: op.serviceRequestId,
      error: terminal === 'Succeeded' ? undefined : (status.error ?? { code: terminal, message: `The resource operation ended ${terminal}.` }),
    });
  }
}

// Submits every pending operation whose dependencies all Succeeded; true when any was submitted.
function startReady(emulator: Emulator, d: DeploymentRecord): boolean {
  const ops = listDeploymentOperations(emulator.db, d.idKey);
  const bySeq = new Map(ops.map((o) => [o.seq, o]));
  let started = false;
  for (const op of ops) {
    if (op.state !== 'Pending') continue;
    const deps = op.dependsOn.map((seq) => bySeq.get(seq)!);
    if (!deps.every((dep) => dep.state === 'Succeeded')) continue;
    submit(emulator, d, op, Math.max(d.startedAt, ...deps.map((dep) => dep.endedAt ?? d.startedAt)));
    started = true;
  }
  return started;
}

function finalize(emulator: Emulator, d: DeploymentRecord): void {
  const ops = listDeploymentOperations(emulator.db, d.idKey);
  if (ops.some((o) => o.state === 'Running')) return;
  const endedAt = Math.max(d.startedAt, ...ops.map((o) => o.endedAt ?? d.startedAt));
  const failed = ops.filter((o) => o.state === 'Failed' || o.state === 'Canceled');
  if (!failed.length) return finishDeployment(emulator.db, d.idKey, 'Succeeded', endedAt);
  const details = failed.map((o) => o.error ?? { code: o.state, message: `The resource operation ended ${o.state}.` });
  finishDeployment(emulator.db, d.idKey, 'Failed', endedAt, { code: 'DeploymentFailed', message: DEPLOYMENT_FAILED_MESSAGE, details });
}

/** Brings one deployment up to `now`: refreshes its operations, starts what is ready, ends it when nothing runs. */
export function advanceDeployment(emulator: Emulator, d: DeploymentRecord, now: number): DeploymentRecord {
  // Provisioning was settled to `now` by the request's catch-up step (catch-up-step.ts).
  emulator.db.transaction(() => {
    refresh(emulator, d, now);
    if (d.state !== 'Running') return;
    while (startReady(emulator, d)) refresh(emulator, d, now);
    finalize(emulator, d);
  })();
  return getDeployment(emulator.db, d.subscriptionId, d.resourceGroup, d.name) ?? d;
}

/** Advances every running deployment (the catch-up step calls this before routing, after settling). */
export function advanceAllDeployments(emulator: Emulator, now: number): void {
  for (const d of listRunningDeployments(emulator.db)) advanceDeployment(emulator, d, now);
}
