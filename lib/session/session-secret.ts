// The key that signs session cookies (and seals Entra tokens): SESSION_SECRET when set, otherwise a random
// secret generated once and kept in .data/session-secret (0600), so sessions survive restarts and every
// process of one installation (the console's workers, proxy.ts) agrees on it. Node only.
import { randomBytes } from 'node:crypto';
import { chmodSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// HS256 wants a key at least as long as its output (RFC 7518 §3.2).
const MIN_SECRET_BYTES = 32;

let cached: { source: string; key: Uint8Array } | undefined;

/** Where the generated secret lives (relative to the working directory, like ARM_EMULATOR_DB's default). */
export function sessionSecretPath(cwd = process.cwd()): string {
  return path.join(cwd, '.data', 'session-secret');
}

/**
 * Reads, or creates once, the secret file. Concurrent first starts agree: the secret is written to a private
 * temporary file and hard-linked into place, which fails for all but one process — and nobody reads a
 * half-written file.
 */
export function readOrCreateSecretFile(file: string): string {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${randomBytes(6).toString('hex')}`;
  writeFileSync(temporary, `${randomBytes(48).toString('base64url')}\n`, { flag: 'wx', mode: 0o600 });
  chmodSync(temporary, 0o600); // explicit: the mode given at creation is filtered by the umask
  try {
    linkSync(temporary, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(temporary);
  }
  return readFileSync(file, 'utf8').trim();
}

/** The session signing key as bytes (cached per process). */
export function sessionSecret(env: Record<string, string | undefined> = process.env): Uint8Array {
  const configured = env.SESSION_SECRET?.trim();
  const source = configured ? 'env' : sessionSecretPath();
  if (cached?.source === source) return cached.key;
  const secret = configured || readOrCreateSecretFile(source);
  const key = new TextEncoder().encode(secret);
  if (key.length < MIN_SECRET_BYTES) {
    throw new Error(`SESSION_SECRET must be at least ${MIN_SECRET_BYTES} bytes (use e.g. \`openssl rand -base64 48\`).`);
  }
  cached = { source, key };
  return key;
}
