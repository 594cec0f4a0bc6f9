// Store: fault-injection rules. They live in the database so they survive a restart until cleared; each
// remembers how many more times it may fire (`remaining`, null = unlimited) and how often it has.
import type { FaultSpec } from '../faults/fault-rules';
import type { Db } from './db';

/** A stored rule: the spec plus its id and counters. */
export type FaultRecord = FaultSpec & { id: string; remaining: number | null; hits: number; createdAt: string };

interface Row {
  id: string;
  rule_json: string;
  remaining: number | null;
  hits: number;
  created_at: number;
}

const toRecord = (r: Row): FaultRecord => ({ ...(JSON.parse(r.rule_json) as FaultSpec), id: r.id, remaining: r.remaining, hits: r.hits, createdAt: new Date(r.created_at).toISOString() });

/** Adds a rule. */
export function insertFault(db: Db, id: string, spec: FaultSpec, createdAt: number): FaultRecord {
  db.prepare('INSERT INTO fault_rules (id, kind, rule_json, remaining, hits, created_at) VALUES (?, ?, ?, ?, 0, ?)').run(id, spec.kind, JSON.stringify(spec), spec.times ?? null, createdAt);
  return toRecord(db.prepare('SELECT * FROM fault_rules WHERE id = ?').get(id) as Row);
}

/** Every rule, oldest first (the first matching rule fires). */
export function listFaults(db: Db, kind?: FaultSpec['kind']): FaultRecord[] {
  const rows = kind
    ? db.prepare('SELECT * FROM fault_rules WHERE kind = ? ORDER BY created_at, rowid').all(kind)
    : db.prepare('SELECT * FROM fault_rules ORDER BY created_at, rowid').all();
  return (rows as Row[]).map(toRecord);
}

/** Rules of a kind that may still fire. */
export function listArmedFaults(db: Db, kind: FaultSpec['kind']): FaultRecord[] {
  return (db.prepare('SELECT * FROM fault_rules WHERE kind = ? AND (remaining IS NULL OR remaining > 0) ORDER BY created_at, rowid').all(kind) as Row[]).map(toRecord);
}

/** Records one firing: counts the hit and uses up one of `times`. */
export function recordFaultHit(db: Db, id: string): void {
  db.prepare('UPDATE fault_rules SET hits = hits + 1, remaining = CASE WHEN remaining IS NULL THEN NULL ELSE remaining - 1 END WHERE id = ?').run(id);
}

/** Removes one rule; false when there was none. */
export function deleteFault(db: Db, id: string): boolean {
  return db.prepare('DELETE FROM fault_rules WHERE lower(id) = lower(?)').run(id).changes > 0;
}

/** Removes every rule; returns how many there were. */
export function clearFaults(db: Db): number {
  return db.prepare('DELETE FROM fault_rules').run().changes;
}
