// The emulator's one SQLite database (better-sqlite3, WAL): opening, pragmas, migrations, reset.
// Every store module takes this handle; nothing else opens the file.
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { MIGRATIONS } from './migrations';
import { cacheStatements } from './statement-cache';

/** The database handle every store function receives. */
export type Db = Database.Database;

/** Opens (creating folders as needed) and migrates the database; `reset` deletes a file DB first. */
export function openDatabase(path: string, opts: { reset?: boolean } = {}): Db {
  const inMemory = path === ':memory:';
  if (!inMemory) {
    mkdirSync(dirname(path), { recursive: true });
    if (opts.reset) for (const suffix of ['', '-wal', '-shm']) if (existsSync(path + suffix)) rmSync(path + suffix);
  }
  const db = new Database(path);
  if (!inMemory) db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return cacheStatements(db);
}

/** Applies every migration newer than the database's `user_version`, each in its own transaction. */
export function migrate(db: Db): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let v = current; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}

/**
 * Moves whenever the database's rows change: every row this connection inserts, updates or deletes
 * (`total_changes()`), and any commit by another connection (`data_version`).
 */
export function databaseVersion(db: Db): string {
  const changes = db.prepare('SELECT total_changes()').pluck().get() as number;
  const dataVersion = db.pragma('data_version', { simple: true }) as number;
  return `${changes}:${dataVersion}`;
}

/** Reads a value from the settings table. */
export function getSetting(db: Db, key: string): string | undefined {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value;
}

/** Writes a value to the settings table. */
export function setSetting(db: Db, key: string, value: string): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
}

/** Parses a JSON column, tolerating NULL. */
export function parseJson<T>(text: string | null | undefined, fallback: T): T {
  return text ? (JSON.parse(text) as T) : fallback;
}
