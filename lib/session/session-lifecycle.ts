// Starting and ending a session: setting and clearing the cookies, and the session's record in the shared
// store. Only server actions and route handlers may call these (Next allows cookie writes there, not during
// rendering).
import 'server-only';
import { cookies } from 'next/headers';
import { requestIsHttps } from '@/lib/http-security/request-is-https';
import { consoleAuthMode } from './auth-mode';
import { forgetEntraClients } from './entra/entra-session';
import { ENTRA_FLOW_COOKIE, LEGACY_ENTRA_TOKENS_COOKIE } from './entra/entra-cookies';
import { randomUrlSafe } from './entra/pkce';
import { cookieName, expiredCookieAttributes, SESSION_COOKIE, sessionCookieAttributes } from './session-cookie';
import { isSessionRevoked, recordSession, revokeSession } from './server-session-store';
import { sessionSecret } from './session-secret';
import { SESSION_TTL_SECONDS, signSessionToken, verifySessionToken, type SessionIdentity } from './session-token';

/** Signs `identity` in: records the session, sets its cookie, and returns its id and expiry (seconds). */
export async function startSession(identity: SessionIdentity): Promise<{ sessionId: string; expiresAt: number }> {
  const sessionId = randomUrlSafe(18);
  const mode = consoleAuthMode();
  const now = Date.now();
  const issuedAt = Math.floor(now / 1000);
  const expiresAt = issuedAt + SESSION_TTL_SECONDS;
  const token = await signSessionToken(identity, { secret: sessionSecret(), mode, sessionId, now });
  await recordSession({ sessionId, principalId: identity.principalId, userPrincipalName: identity.userPrincipalName, mode, issuedAt, expiresAt });
  const https = await requestIsHttps();
  (await cookies()).set(cookieName(SESSION_COOKIE, https), token, sessionCookieAttributes(https));
  return { sessionId, expiresAt };
}

/** Signs out: clears every identity cookie and ends the session on every replica (record, tokens, cookie). */
export async function endSession(): Promise<void> {
  const jar = await cookies();
  const https = await requestIsHttps();
  const mode = consoleAuthMode();
  if (mode !== 'default-azure-credential') {
    const session = await verifySessionToken(jar.get(cookieName(SESSION_COOKIE, https))?.value, { secret: sessionSecret(), mode, isRevoked: isSessionRevoked });
    if (session) {
      forgetEntraClients(session.sessionId);
      await revokeSession(session.sessionId, session.expiresAt);
    }
  }
  for (const name of [SESSION_COOKIE, LEGACY_ENTRA_TOKENS_COOKIE, ENTRA_FLOW_COOKIE].map((base) => cookieName(base, https))) {
    if (jar.has(name)) jar.set(name, '', expiredCookieAttributes(https));
  }
}
