// Starting and ending a session: setting and clearing the cookies. Only server actions and route handlers
// may call these (Next allows cookie writes there, not during rendering).
import 'server-only';
import { cookies } from 'next/headers';
import { requestIsHttps } from '@/lib/http-security/request-is-https';
import { consoleAuthMode } from './auth-mode';
import { forgetAccessToken } from './entra/access-token-cache';
import { forgetEntraClients } from './entra/entra-session';
import { ENTRA_FLOW_COOKIE, LEGACY_ENTRA_TOKENS_COOKIE } from './entra/entra-cookies';
import { randomUrlSafe } from './entra/pkce';
import { cookieName, expiredCookieAttributes, SESSION_COOKIE, sessionCookieAttributes } from './session-cookie';
import { revokeSession } from './server-session-store';
import { sessionSecret } from './session-secret';
import { signSessionToken, verifySessionToken, type SessionIdentity } from './session-token';

/** Signs `identity` in: sets the session cookie and returns the new session id. */
export async function startSession(identity: SessionIdentity): Promise<string> {
  const sessionId = randomUrlSafe(18);
  const token = await signSessionToken(identity, { secret: sessionSecret(), mode: consoleAuthMode(), sessionId });
  const https = await requestIsHttps();
  (await cookies()).set(cookieName(SESSION_COOKIE, https), token, sessionCookieAttributes(https));
  return sessionId;
}

/** Signs out: clears every identity cookie, forgets the session's server-side tokens and revokes its cookie. */
export async function endSession(): Promise<void> {
  const jar = await cookies();
  const https = await requestIsHttps();
  const mode = consoleAuthMode();
  if (mode !== 'default-azure-credential') {
    const session = await verifySessionToken(jar.get(cookieName(SESSION_COOKIE, https))?.value, { secret: sessionSecret(), mode });
    if (session) {
      forgetAccessToken(session.sessionId);
      forgetEntraClients(session.sessionId);
      revokeSession(session.sessionId, session.expiresAt);
    }
  }
  for (const name of [SESSION_COOKIE, LEGACY_ENTRA_TOKENS_COOKIE, ENTRA_FLOW_COOKIE].map((base) => cookieName(base, https))) {
    if (jar.has(name)) jar.set(name, '', expiredCookieAttributes(https));
  }
}
