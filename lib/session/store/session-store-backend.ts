// The contract every session-store backend keeps: string records by kind and id, each with an absolute
// expiry after which it is gone. Values are opaque here; what they mean (and what is encrypted) is
// server-session-store.ts's business, so both backends stay small and are tested against one table of cases.

/** What a record holds: a signed-in session, the mark of a signed-out one, or a sealed Entra token set. */
export type SessionRecordKind = 'session' | 'revoked' | 'tokens';

/** A shared store of expiring records (an SQLite file under .data/, or Redis). */
export interface SessionStoreBackend {
  /** `sqlite` or `redis`, for readiness reports and logs. */
  readonly name: 'sqlite' | 'redis';
  /** Stores `value`, replacing any earlier one, until `expiresAtMs` (ms since the epoch). */
  put(kind: SessionRecordKind, id: string, value: string, expiresAtMs: number): Promise<void>;
  /** The value, or null when it is missing or has expired. */
  get(kind: SessionRecordKind, id: string): Promise<string | null>;
  /** Removes the record (no error when it is missing). */
  remove(kind: SessionRecordKind, id: string): Promise<void>;
  /** Resolves when the store answers; rejects with a readable reason when it does not. */
  ping(): Promise<void>;
  /** Releases the connection or file handle. */
  close(): Promise<void>;
}
