// Entra token sets are encrypted before they reach the store (a stolen Redis dump or sessions.db must not
// hand out refresh tokens): AES-256-GCM under a key derived from the session secret with HKDF-SHA256, and
// the session id as additional data, so a sealed set copied onto another session's key does not open.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const IV_BYTES = 12;
const TAG_BYTES = 16;
const HKDF_SALT = 'registry-hub/session-store';
const HKDF_INFO = 'entra-token-set/aes-256-gcm';

function keyFrom(secret: Uint8Array): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, HKDF_SALT, HKDF_INFO, 32));
}

/** base64url(iv ‖ tag ‖ ciphertext) of `plaintext`, bound to `sessionId`. */
export function encryptForSession(plaintext: string, sessionId: string, secret: Uint8Array): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', keyFrom(secret), iv);
  cipher.setAAD(Buffer.from(sessionId, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64url');
}

/** The plaintext, or null when the value was altered, sealed for another session or under another secret. */
export function decryptForSession(sealed: string, sessionId: string, secret: Uint8Array): string | null {
  const bytes = Buffer.from(sealed, 'base64url');
  if (bytes.length <= IV_BYTES + TAG_BYTES) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyFrom(secret), bytes.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(sessionId, 'utf8'));
    decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
