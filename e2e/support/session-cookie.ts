// Session cookies made by the spec itself (expired ones, for the sign-out-on-expiry test), signed with the
// console's own secret: SESSION_SECRET, or the .data/session-secret file it generated in the working directory.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { signSessionToken, type SessionIdentity } from '../../lib/session/session-token';

function consoleSecret(): Uint8Array {
  const secret = process.env.SESSION_SECRET?.trim() || readFileSync(path.join(process.cwd(), '.data', 'session-secret'), 'utf8').trim();
  return new TextEncoder().encode(secret);
}

/** A correctly signed emulator-mode session cookie value for `identity`, issued at `issuedAtMs`. */
export function sessionCookieValue(identity: SessionIdentity, issuedAtMs: number): Promise<string> {
  return signSessionToken(identity, { secret: consoleSecret(), mode: 'emulator', sessionId: `e2e-${issuedAtMs}`, now: issuedAtMs });
}
