// Where the blob service keeps artifacts and its SAS signing key: a `blobs` folder beside the emulator's
// database file (the data folder), or a private temp folder for a `:memory:` database. Artifacts are
// files on disk, never SQLite rows, so a 200 MB model costs no database memory.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Emulator } from '../context';

const roots = new WeakMap<Emulator, string>();

/** The blob root folder of an emulator (created on first use). */
export function blobRoot(emulator: Emulator): string {
  let root = roots.get(emulator);
  if (root) return root;
  const dbPath = emulator.db.name;
  root = dbPath === ':memory:' || dbPath === '' ? mkdtempSync(join(tmpdir(), 'arm-emulator-blobs-')) : join(dirname(resolve(dbPath)), 'blobs');
  mkdirSync(root, { recursive: true });
  roots.set(emulator, root);
  return root;
}

const keys = new WeakMap<Emulator, Buffer>();

/** The HMAC key SAS tokens are signed with, kept in the blob root so tokens survive a restart. */
export function sasSigningKey(emulator: Emulator): Buffer {
  let key = keys.get(emulator);
  if (key) return key;
  const file = join(blobRoot(emulator), '.sas-signing-key');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600 });
  key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  keys.set(emulator, key);
  return key;
}

/** Removes a `:memory:` emulator's temporary blob folder (file-backed data folders are kept). */
export function releaseBlobRoot(emulator: Emulator): void {
  const root = roots.get(emulator);
  if (root && (emulator.db.name === ':memory:' || emulator.db.name === '')) rmSync(root, { recursive: true, force: true });
  roots.delete(emulator);
}
