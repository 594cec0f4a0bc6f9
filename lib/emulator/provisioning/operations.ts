// Starting long-running operations and presenting them as ARM's operation-status resource
// (`{id, name, status, startTime, endTime?, percentComplete, error?}`, arm-contract.md §4).
import { randomUUID } from 'node:crypto';
import type { RpContext } from '../context';
import type { OperationError, OperationKind, OperationRecord } from '../store/operations';
import { insertOperation } from '../store/operations';

/** How a planned operation will end. */
export interface PlannedOutcome {
  endAt: number;
  failure?: { at: number; error: OperationError };
}

/** Inserts an InProgress operation whose end and outcome are already decided. */
export function startOperation(
  ctx: RpContext,
  op: { id?: string; kind: OperationKind; resourceId: string; subscriptionId: string; location: string; outcome: PlannedOutcome },
): OperationRecord {
  const failed = op.outcome.failure && op.outcome.failure.at <= op.outcome.endAt;
  const record: OperationRecord = {
    id: op.id ?? randomUUID(),
    resourceKey: op.resourceId.toLowerCase(),
    resourceId: op.resourceId,
    subscriptionId: op.subscriptionId,
    location: op.location,
    kind: op.kind,
    status: 'InProgress',
    startedAt: ctx.now,
    endAt: failed ? op.outcome.failure!.at : op.outcome.endAt,
    endedAt: null,
    plannedStatus: failed ? 'Failed' : 'Succeeded',
    plannedError: failed ? op.outcome.failure!.error : undefined,
    createdBy: ctx.caller.upn,
  };
  insertOperation(ctx.emulator.db, record);
  return record;
}

/** Combines child outcomes: the operation ends after the last child, or at the first failing child. */
export function combineOutcome(endAt: number, failures: { at: number; error: OperationError }[]): PlannedOutcome {
  const first = failures.sort((a, b) => a.at - b.at)[0];
  return first ? { endAt, failure: first } : { endAt };
}

/** The operation-status resource body. */
export function operationStatusBody(op: OperationRecord, statusUrlPath: string, now: number): Record<string, unknown> {
  const body: Record<string, unknown> = {
    id: statusUrlPath,
    name: op.id,
    status: op.status,
    startTime: new Date(op.startedAt).toISOString(),
  };
  if (op.status === 'InProgress') {
    const span = Math.max(1, op.endAt - op.startedAt);
    body.percentComplete = Math.min(99, Math.max(0, Math.floor(((now - op.startedAt) / span) * 100)));
  } else {
    body.endTime = new Date(op.endedAt ?? op.endAt).toISOString();
    body.percentComplete = 100;
    if (op.error) body.error = op.error;
  }
  return body;
}
