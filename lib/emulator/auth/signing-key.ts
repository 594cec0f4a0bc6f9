// The HS256 secret the emulator signs tokens with. It is stored in the database so tokens stay valid
// across restarts (and become invalid after --reset).
import { randomBytes } from 'node:crypto';
import type { Db } from '../store/db';
import { getSetting, setSetting } from '../store/db';

const KEY = 'token_signing_secret';

/** The signing secret, created on first use. */
export function signingKey(db: Db): Uint8Array {
  let secret = getSetting(db, KEY);
  if (!secret) {
    secret = randomBytes(32).toString('base64');
    setSetting(db, KEY, secret);
  }
  return new Uint8Array(Buffer.from(secret, 'base64'));
}
