// Store: resource provider registration per subscription. A registration is stored as the state plus
// the time it settles (`settles_at`), so "Registering for a few seconds" survives restarts.
import type { Db } from './db';

/** Registration states ARM reports. */
export type RegistrationState = 'NotRegistered' | 'Registering' | 'Registered' | 'Unregistering';

interface Row {
  state: RegistrationState;
  settles_at: number | null;
  settled_state: RegistrationState | null;
}

/** The registration state of `namespace` in a subscription at time `now` (default NotRegistered). */
export function registrationState(db: Db, subscriptionId: string, namespace: string, now: number): RegistrationState {
  const row = db
    .prepare('SELECT state, settles_at, settled_state FROM provider_registrations WHERE subscription_id = ? AND namespace = ?')
    .get(subscriptionId, namespace) as Row | undefined;
  if (!row) return 'NotRegistered';
  if (row.settles_at !== null && row.settled_state && now >= row.settles_at) return row.settled_state;
  return row.state;
}

/** Sets a settled registration state immediately (used by the seed). */
export function setRegistration(db: Db, subscriptionId: string, namespace: string, state: RegistrationState): void {
  db.prepare(
    `INSERT INTO provider_registrations (subscription_id, namespace, state, settles_at, settled_state) VALUES (?, ?, ?, NULL, NULL)
     ON CONFLICT(subscription_id, namespace) DO UPDATE SET state = excluded.state, settles_at = NULL, settled_state = NULL`,
  ).run(subscriptionId, namespace, state);
}

/** Starts a transition (Registering → Registered) that completes at `settlesAt`. */
export function beginRegistrationChange(
  db: Db,
  subscriptionId: string,
  namespace: string,
  transient: RegistrationState,
  target: RegistrationState,
  settlesAt: number,
): void {
  db.prepare(
    `INSERT INTO provider_registrations (subscription_id, namespace, state, settles_at, settled_state) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(subscription_id, namespace) DO UPDATE SET state = excluded.state, settles_at = excluded.settles_at, settled_state = excluded.settled_state`,
  ).run(subscriptionId, namespace, transient, settlesAt, target);
}
