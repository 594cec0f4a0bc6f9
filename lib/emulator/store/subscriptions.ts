// Store: subscriptions of the emulated tenant.
import type { Db } from './db';
import { parseJson } from './db';

/** A subscription row. */
export interface SubscriptionRecord {
  id: string;
  displayName: string;
  state: string;
  quotaId: string;
  spendingLimit: string;
  tags: Record<string, string>;
}

interface Row {
  id: string;
  display_name: string;
  state: string;
  quota_id: string;
  spending_limit: string;
  tags_json: string;
}

const toRecord = (r: Row): SubscriptionRecord => ({
  id: r.id,
  displayName: r.display_name,
  state: r.state,
  quotaId: r.quota_id,
  spendingLimit: r.spending_limit,
  tags: parseJson(r.tags_json, {}),
});

/** Inserts or replaces a subscription. */
export function upsertSubscription(db: Db, s: SubscriptionRecord): void {
  db.prepare(
    'INSERT OR REPLACE INTO subscriptions (id, display_name, state, quota_id, spending_limit, tags_json) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(s.id, s.displayName, s.state, s.quotaId, s.spendingLimit, JSON.stringify(s.tags));
}

/** Every subscription, ordered by display name. */
export function listSubscriptions(db: Db): SubscriptionRecord[] {
  return (db.prepare('SELECT * FROM subscriptions ORDER BY display_name').all() as Row[]).map(toRecord);
}

/** One subscription by id (GUIDs compare case-insensitively). */
export function getSubscription(db: Db, id: string): SubscriptionRecord | undefined {
  const row = db.prepare('SELECT * FROM subscriptions WHERE lower(id) = lower(?)').get(id) as Row | undefined;
  return row && toRecord(row);
}
