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

/**
 * The name a cookie goes by: `__Host-…` when the public origin is https, so the browser only accepts it
 * with Secure, Path=/ and no Domain (a sibling subdomain cannot plant or overwrite it).
 */
export function cookieName(base: string, https: boolean): string {
  return https ? `__Host-${base}` : base;
}

/** Name of the session cookie for a request over http or https. */
export function sessionCookieName(https: boolean): string {
  return cookieName(SESSION_COOKIE, https);
}

/** Attributes that delete a cookie: a __Host- cookie is only replaced by one that is Secure too. */
export function expiredCookieAttributes(secure: boolean): SessionCookieAttributes {
  return sessionCookieAttributes(secure, 0);
}
