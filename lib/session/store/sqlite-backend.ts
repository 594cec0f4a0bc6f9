// The default session store: one SQLite file under the data folder (.data/sessions.db), so `npm start`
// needs nothing else and a restart keeps everyone signed in. Several processes on one machine may share the
// file (WAL mode, busy timeout); replicas on several machines need Redis (redis-backend.ts).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { SessionRecordKind, SessionStoreBackend } from './session-store-backend';

// Expired rows are invisible to get(); sweeping them on every write would cost a scan, so one write in
// SWEEP_EVERY deletes them (the expires_at index keeps that cheap).
const SWEEP_EVERY = 200;

/** Opens (creating when missing) the store at `file`, or an in-memory one for `:memory:`. */
export function openSqliteBackend(file: string): SessionStoreBackend {
  if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.exec(`CREATE TABLE IF NOT EXISTS session_records (
    kind TEXT NOT NULL, id TEXT NOT NULL, value TEXT NOT NULL, expires_at INTEGER NOT NULL,
    PRIMARY KEY (kind, id)
  ) WITHOUT ROWID;
  CREATE INDEX IF NOT EXISTS session_records_expiry ON session_records (expires_at);`);
  const upsert = db.prepare(
    'INSERT INTO session_records (kind, id, value, expires_at) VALUES (?, ?, ?, ?) ON CONFLICT (kind, id) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at',
  );
  const select = db.prepare<[string, string, number], { value: string }>('SELECT value FROM session_records WHERE kind = ? AND id = ? AND expires_at > ?');
  const deleteOne = db.prepare('DELETE FROM session_records WHERE kind = ? AND id = ?');
  const sweep = db.prepare('DELETE FROM session_records WHERE expires_at <= ?');
  let writes = 0;
  return {
    name: 'sqlite',
    async put(kind: SessionRecordKind, id: string, value: string, expiresAtMs: number) {
      upsert.run(kind, id, value, Math.floor(expiresAtMs));
      if (++writes % SWEEP_EVERY === 0) sweep.run(Date.now());
    },
    async get(kind: SessionRecordKind, id: string) {
      return select.get(kind, id, Date.now())?.value ?? null;
    },
    async remove(kind: SessionRecordKind, id: string) {
      deleteOne.run(kind, id);
    },
    async ping() {
      db.prepare('SELECT 1').get();
    },
    async close() {
      db.close();
    },
  };
}
