// Store: the asynchronous operations asset PUTs and DELETEs start. Each row knows when it ends, so its
// status is a pure function of the clock (asset operations in the emulator always succeed).
import type { Db } from './db';

/** What an asset operation does to its target. */
export type AssetOperationKind = 'create' | 'delete';

/** One asset operation row. */
export interface AssetOperationRecord {
  id: string;
  subscriptionId: string;
  location: string;
  kind: AssetOperationKind;
  /** ARM id of the container or version the operation acts on. */
  targetId: string;
  startedAt: number;
  endAt: number;
}

interface Row {
  id: string;
  subscription_id: string;
  location: string;
  kind: AssetOperationKind;
  target_id: string;
  started_at: number;
  end_at: number;
}

/** Records a started operation. */
export function insertAssetOperation(db: Db, op: AssetOperationRecord): void {
  db.prepare('INSERT INTO asset_operations (id, subscription_id, location, kind, target_id, started_at, end_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    op.id,
    op.subscriptionId,
    op.location,
    op.kind,
    op.targetId,
    op.startedAt,
    op.endAt,
  );
}

/** One operation by id, or undefined. */
export function getAssetOperation(db: Db, id: string): AssetOperationRecord | undefined {
  const r = db.prepare('SELECT * FROM asset_operations WHERE id = ?').get(id) as Row | undefined;
  return r && { id: r.id, subscriptionId: r.subscription_id, location: r.location, kind: r.kind, targetId: r.target_id, startedAt: r.started_at, endAt: r.end_at };
}
