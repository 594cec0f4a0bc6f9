// The session cookie's name and attributes, shared by proxy.ts (which clears bad cookies), the sign-in
// action (which sets it) and sign-out. Isomorphic: no Next imports.
import { SESSION_TTL_SECONDS } from './session-token';

/** Cookie holding the signed session. */
export const SESSION_COOKIE = 'rh_session';

/** Attributes of a cookie set by a response. */
export interface SessionCookieAttributes {
  httpOnly: true;
  sameSite: 'lax';
  secure: boolean;
  path: '/';
  maxAge: number;
}

/**
 * httpOnly (no script reads it), SameSite=Lax (sent on top-level navigations, which the Entra redirect back
 * needs, but not on cross-site subrequests), Secure when the console is served over https.
 */
export function sessionCookieAttributes(secure: boolean, maxAge = SESSION_TTL_SECONDS): SessionCookieAttributes {
  return { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge };
}

/** True when the request reached the console over https (directly, or per the proxy's x-forwarded-proto). */
export function isHttpsRequest(protocol: string | undefined, forwardedProto: string | null | undefined): boolean {
  const forwarded = forwardedProto?.split(',')[0]?.trim().toLowerCase();
  if (forwarded) return forwarded === 'https';
  return protocol === 'https:' || protocol === 'https';
}
