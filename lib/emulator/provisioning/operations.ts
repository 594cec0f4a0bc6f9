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
  // A delay rule stretches the whole operation, its failure point included, so its outcome is unchanged.
  const delay = ctx.emulator.operationDelayHooks.reduce((sum, hook) => sum + hook({ kind: op.kind, resourceId: op.resourceId }), 0);
  const outcome: PlannedOutcome = {
    endAt: op.outcome.endAt + delay,
    failure: op.outcome.failure && { ...op.outcome.failure, at: op.outcome.failure.at + delay },
  };
  const failed = outcome.failure && outcome.failure.at <= outcome.endAt;
  const record: OperationRecord = {
    id: op.id ?? randomUUID(),
    resourceKey: op.resourceId.toLowerCase(),
    resourceId: op.resourceId,
    subscriptionId: op.subscriptionId,
    location: op.location,
    kind: op.kind,
    status: 'InProgress',
    startedAt: ctx.now,
    endAt: failed ? outcome.failure!.at : outcome.endAt,
    endedAt: null,
    plannedStatus: failed ? 'Failed' : 'Succeeded',
    plannedError: failed ? outcome.failure!.error : undefined,
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
