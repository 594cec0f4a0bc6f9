// Store: long-running operations. Each row knows when it will end and how (planned when it starts), so
// status is a pure function of stored timestamps and the current time. The console can query a
// registry's operations to show Creating / Updating / Deleting / Failed / Ready.
import type { Db } from './db';
import { parseJson } from './db';

/** Operation kinds: registry operations plus resource group deletion. */
export type OperationKind = 'create' | 'update' | 'delete' | 'removeRegions' | 'deleteResourceGroup';
/** ARM async operation statuses (terminal: Succeeded, Failed, Canceled). */
export type OperationStatus = 'InProgress' | 'Succeeded' | 'Failed' | 'Canceled';

/** An error as ARM puts it in an operation status. */
export interface OperationError {
  code: string;
  message: string;
  details?: { code: string; message: string; target?: string }[];
}

/** An operation row. */
export interface OperationRecord {
  id: string;
  /** id key (lowercase ARM id) of the target resource. */
  resourceKey: string;
  resourceId: string;
  subscriptionId: string;
  location: string;
  kind: OperationKind;
  status: OperationStatus;
  startedAt: number;
  endAt: number;
  endedAt: number | null;
  plannedStatus: 'Succeeded' | 'Failed';
  plannedError?: OperationError;
  error?: OperationError;
  createdBy?: string;
}

interface Row {
  id: string;
  resource_key: string;
  resource_id: string;
  subscription_id: string;
  location: string;
  kind: OperationKind;
  status: OperationStatus;
  started_at: number;
  end_at: number;
  ended_at: number | null;
  planned_status: 'Succeeded' | 'Failed';
  planned_error_json: string | null;
  error_json: string | null;
  created_by: string | null;
}

const toRecord = (r: Row): OperationRecord => ({
  id: r.id,
  resourceKey: r.resource_key,
  resourceId: r.resource_id,
  subscriptionId: r.subscription_id,
  location: r.location,
  kind: r.kind,
  status: r.status,
  startedAt: r.started_at,
  endAt: r.end_at,
  endedAt: r.ended_at,
  plannedStatus: r.planned_status,
  plannedError: parseJson(r.planned_error_json, undefined),
  error: parseJson(r.error_json, undefined),
  createdBy: r.created_by ?? undefined,
});

/** Inserts a new operation (status InProgress). */
export function insertOperation(db: Db, op: OperationRecord): void {
  db.prepare(
    `INSERT INTO operations (id, resource_key, resource_id, subscription_id, location, kind, status, started_at, end_at, ended_at,
       planned_status, planned_error_json, error_json, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    op.id,
    op.resourceKey,
    op.resourceId,
    op.subscriptionId,
    op.location,
    op.kind,
    op.status,
    op.startedAt,
    op.endAt,
    op.endedAt,
    op.plannedStatus,
    op.plannedError ? JSON.stringify(op.plannedError) : null,
    op.error ? JSON.stringify(op.error) : null,
    op.createdBy ?? null,
  );
}

/** One operation by id (case-insensitive). */
export function getOperation(db: Db, id: string): OperationRecord | undefined {
  const row = db.prepare('SELECT * FROM operations WHERE lower(id) = lower(?)').get(id) as Row | undefined;
  return row && toRecord(row);
}

/** The latest operation of each of `resourceKeys` that has any (by start, then insertion), in one statement. */
export function latestOperationsFor(db: Db, resourceKeys: readonly string[]): Map<string, OperationRecord> {
  const rows = db
    .prepare('SELECT * FROM operations WHERE resource_key IN (SELECT value FROM json_each(?)) ORDER BY resource_key, started_at DESC, rowid DESC')
    .all(JSON.stringify(resourceKeys)) as Row[];
  const latest = new Map<string, OperationRecord>();
  for (const row of rows) if (!latest.has(row.resource_key)) latest.set(row.resource_key, toRecord(row));
  return latest;
}

/** The operation of a resource still InProgress, if any. */
export function runningOperation(db: Db, resourceKey: string): OperationRecord | undefined {
  const row = db.prepare("SELECT * FROM operations WHERE resource_key = ? AND status = 'InProgress' ORDER BY started_at DESC").get(resourceKey) as
    | Row
    | undefined;
  return row && toRecord(row);
}

/** Operations whose planned end has passed while still InProgress, oldest first. */
export function listDueOperations(db: Db, now: number): OperationRecord[] {
  return (db.prepare("SELECT * FROM operations WHERE status = 'InProgress' AND end_at <= ? ORDER BY end_at").all(now) as Row[]).map(toRecord);
}

/** Records a terminal status. */
export function finishOperation(db: Db, id: string, status: OperationStatus, endedAt: number, error?: OperationError): void {
  db.prepare('UPDATE operations SET status = ?, ended_at = ?, error_json = ? WHERE id = ?').run(status, endedAt, error ? JSON.stringify(error) : null, id);
}
