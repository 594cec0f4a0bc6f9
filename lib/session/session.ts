// The signed-in session for server components, route handlers and server actions. proxy.ts already turned
// away requests without a valid cookie; this re-verifies (a page must never trust that it ran behind the
// proxy) and is cached per request with React's cache().
import 'server-only';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { consoleAuthMode } from './auth-mode';
import { environmentIdentity } from './environment-identity';
import { signInPathFor } from './next-path';
import { REQUEST_PATH_HEADER } from './request-path';
import { requestIsHttps } from '@/lib/http-security/request-is-https';
import { sessionCookieName } from './session-cookie';
import { sessionSecret } from './session-secret';
import { isSessionRevoked } from './server-session-store';
import { verifySessionToken, type SessionPayload } from './session-token';
import type { SignedInUser } from './session-types';

/** The verified session cookie of this request, or null (missing, tampered, expired, or another mode's). */
export const getSession = cache(async (): Promise<SessionPayload | null> => {
  const mode = consoleAuthMode();
  if (mode === 'default-azure-credential') return null;
  const token = (await cookies()).get(sessionCookieName(await requestIsHttps()))?.value;
  return verifySessionToken(token, { secret: sessionSecret(), mode, isRevoked: isSessionRevoked });
});

/** The session, or a redirect to /signin that returns to the requested page (sign-in modes only). */
export async function requireSession(): Promise<SessionPayload> {
  // default-azure-credential has no sessions: redirecting would loop (/signin forwards straight back).
  if (consoleAuthMode() === 'default-azure-credential') throw new Error('requireSession: ARM_AUTH=default-azure-credential has no sign-in sessions.');
  const session = await getSession();
  if (session) return session;
  redirect(signInPathFor((await headers()).get(REQUEST_PATH_HEADER) ?? '/'));
}

/** Who the console acts as for this request (null when nobody is signed in). */
export const getSignedInUser = cache(async (): Promise<SignedInUser | null> => {
  const mode = consoleAuthMode();
  if (mode === 'default-azure-credential') {
    const identity = await environmentIdentity();
    return { ...identity, mode, canSignOut: false, expiresAt: null };
  }
  const session = await getSession();
  if (!session) return null;
  return {
    principalId: session.principalId,
    userPrincipalName: session.userPrincipalName,
    displayName: session.displayName,
    mode,
    canSignOut: true,
    expiresAt: session.expiresAt,
  };
});
