// Store: template deployments (Microsoft.Resources/deployments). A deployment row holds the current run
// (a re-PUT of a finished deployment replaces it, as ARM keeps one record per name); its operations hold
// each template resource's evaluated body, dependencies, and what its provider answered. Progress is
// derived from the providers' own operations (deployments/engine.ts), so nothing here runs on a timer.
import type { Caller } from '../context';
import type { Db } from './db';
import { parseJson } from './db';
import type { OperationError } from './operations';

/** Deployment states the emulator stores (the PUT answer itself says Accepted). */
export type DeploymentState = 'Running' | 'Succeeded' | 'Failed' | 'Canceled';
/** Operation states: Pending until its dependencies succeeded, then its provider's progress. */
export type DeploymentOperationState = 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Canceled';

/** A deployment row. */
export interface DeploymentRecord {
  idKey: string;
  id: string;
  name: string;
  subscriptionId: string;
  resourceGroup: string;
  runId: string;
  correlationId: string;
  state: DeploymentState;
  mode: string;
  templateHash: string;
  /** The template as submitted (null for rows written before it was kept). */
  template: unknown;
  parameters: Record<string, { type: string; value?: unknown }>;
  outputs: Record<string, { type: string; value: unknown }>;
  tags: Record<string, string>;
  caller: Caller;
  baseUrl: string;
  startedAt: number;
  endedAt: number | null;
  error?: OperationError;
}

/** A deployment operation row (one per template resource). */
export interface DeploymentOperationRecord {
  operationId: string;
  deploymentKey: string;
  seq: number;
  resourceId: string;
  resourceType: string;
  resourceName: string;
  apiVersion: string;
  body: Record<string, unknown>;
  dependsOn: number[];
  state: DeploymentOperationState;
  startedAt: number | null;
  endedAt: number | null;
  statusCode: string | null;
  error?: OperationError;
  asyncOperationUrl: string | null;
  trackingId: string;
  serviceRequestId: string | null;
}

type DeploymentRow = Record<string, string | number | null>;

const toDeployment = (r: DeploymentRow): DeploymentRecord => ({
  idKey: r.id_key as string,
  id: r.id as string,
  name: r.name as string,
  subscriptionId: r.subscription_id as string,
  resourceGroup: r.resource_group as string,
  runId: r.run_id as string,
  correlationId: r.correlation_id as string,
  state: r.state as DeploymentState,
  mode: r.mode as string,
  templateHash: r.template_hash as string,
  template: parseJson(r.template_json as string | null, null),
  parameters: parseJson(r.parameters_json as string, {}),
  outputs: parseJson(r.outputs_json as string, {}),
  tags: parseJson(r.tags_json as string, {}),
  caller: parseJson(r.caller_json as string, {} as Caller),
  baseUrl: r.base_url as string,
  startedAt: r.started_at as number,
  endedAt: r.ended_at as number | null,
  error: parseJson(r.error_json as string | null, undefined),
});

const toOperation = (r: DeploymentRow): DeploymentOperationRecord => ({
  operationId: r.operation_id as string,
  deploymentKey: r.deployment_key as string,
  seq: r.seq as number,
  resourceId: r.resource_id as string,
  resourceType: r.resource_type as string,
  resourceName: r.resource_name as string,
  apiVersion: r.api_version as string,
  body: parseJson(r.body_json as string, {}),
  dependsOn: parseJson(r.depends_on_json as string, []),
  state: r.state as DeploymentOperationState,
  startedAt: r.started_at as number | null,
  endedAt: r.ended_at as number | null,
  statusCode: r.status_code as string | null,
  error: parseJson(r.error_json as string | null, undefined),
  asyncOperationUrl: r.async_operation_url as string | null,
  trackingId: r.tracking_id as string,
  serviceRequestId: r.service_request_id as string | null,
});

/** The ARM id of a deployment. */
export function deploymentId(subscriptionId: string, resourceGroup: string, name: string): string {
  return `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/providers/Microsoft.Resources/deployments/${name}`;
}

/** Replaces the deployment (a new run) and its operations. */
export function saveNewRun(db: Db, d: DeploymentRecord, ops: DeploymentOperationRecord[]): void {
  db.prepare('DELETE FROM deployment_operations WHERE deployment_key = ?').run(d.idKey);
  db.prepare(
    `INSERT OR REPLACE INTO deployments (id_key, id, name, subscription_id, resource_group_key, resource_group, run_id, correlation_id, state, mode,
       template_hash, parameters_json, outputs_json, tags_json, caller_json, base_url, started_at, ended_at, error_json, template_json)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    d.idKey, d.id, d.name, d.subscriptionId, d.resourceGroup.toLowerCase(), d.resourceGroup, d.runId, d.correlationId, d.state, d.mode,
    d.templateHash, JSON.stringify(d.parameters), JSON.stringify(d.outputs), JSON.stringify(d.tags), JSON.stringify(d.caller), d.baseUrl,
    d.startedAt, d.endedAt, d.error ? JSON.stringify(d.error) : null, JSON.stringify(d.template ?? null),
  );
  const insert = db.prepare(
    `INSERT INTO deployment_operations (operation_id, deployment_key, seq, resource_id, resource_type, resource_name, api_version, body_json,
       depends_on_json, state, started_at, ended_at, status_code, error_json, async_operation_url, tracking_id, service_request_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const o of ops) {
    insert.run(
      o.operationId, o.deploymentKey, o.seq, o.resourceId, o.resourceType, o.resourceName, o.apiVersion, JSON.stringify(o.body),
      JSON.stringify(o.dependsOn), o.state, o.startedAt, o.endedAt, o.statusCode, o.error ? JSON.stringify(o.error) : null,
      o.asyncOperationUrl, o.trackingId, o.serviceRequestId,
    );
  }
}

/** One deployment by subscription, resource group and name (case-insensitive). */
export function getDeployment(db: Db, subscriptionId: string, resourceGroup: string, name: string): DeploymentRecord | undefined {
  const row = db.prepare('SELECT * FROM deployments WHERE id_key = ?').get(deploymentId(subscriptionId, resourceGroup, name).toLowerCase()) as DeploymentRow | undefined;
  return row && toDeployment(row);
}

/** Deployments of a resource group, newest first (a resource group's deployment history). */
export function listDeployments(db: Db, subscriptionId: string, resourceGroup: string): DeploymentRecord[] {
  const rows = db
    .prepare('SELECT * FROM deployments WHERE subscription_id = ? AND resource_group_key = ? ORDER BY started_at DESC, rowid DESC')
    .all(subscriptionId, resourceGroup.toLowerCase()) as DeploymentRow[];
  return rows.map(toDeployment);
}

/** Deployments still Running anywhere (the engine advances them). */
export function listRunningDeployments(db: Db): DeploymentRecord[] {
  return (db.prepare("SELECT * FROM deployments WHERE state = 'Running'").all() as DeploymentRow[]).map(toDeployment);
}

/** Records a deployment's terminal state. */
export function finishDeployment(db: Db, idKey: string, state: DeploymentState, endedAt: number, error?: OperationError): void {
  db.prepare('UPDATE deployments SET state = ?, ended_at = ?, error_json = ? WHERE id_key = ?').run(state, endedAt, error ? JSON.stringify(error) : null, idKey);
}

/** Removes a deployment and its operations. */
export function deleteDeployment(db: Db, idKey: string): void {
  db.prepare('DELETE FROM deployment_operations WHERE deployment_key = ?').run(idKey);
  db.prepare('DELETE FROM deployments WHERE id_key = ?').run(idKey);
}

/** The operations of a deployment's current run, in template order. */
export function listDeploymentOperations(db: Db, deploymentKey: string): DeploymentOperationRecord[] {
  return (db.prepare('SELECT * FROM deployment_operations WHERE deployment_key = ? ORDER BY seq').all(deploymentKey) as DeploymentRow[]).map(toOperation);
}

/** Updates an operation's progress fields. */
export function updateDeploymentOperation(
  db: Db,
  operationId: string,
  fields: Pick<DeploymentOperationRecord, 'state' | 'startedAt' | 'endedAt' | 'statusCode' | 'asyncOperationUrl' | 'serviceRequestId'> & { error?: OperationError },
): void {
  db.prepare(
    'UPDATE deployment_operations SET state = ?, started_at = ?, ended_at = ?, status_code = ?, async_operation_url = ?, service_request_id = ?, error_json = ? WHERE operation_id = ?',
  ).run(fields.state, fields.startedAt, fields.endedAt, fields.statusCode, fields.asyncOperationUrl, fields.serviceRequestId, fields.error ? JSON.stringify(fields.error) : null, operationId);
}
