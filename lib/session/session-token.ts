// The session cookie's value: a JWT signed HS256 with the console's session secret. It names who is
// signed in and until when; it holds no ARM token (those stay on the server). Isomorphic (jose only), so
// proxy.ts verifies it on every request without touching the rest of the app; whether the session signed
// out is the shared session store's answer, handed in as `isRevoked` (server-session-store.ts on the server).
import { errors as joseErrors, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import type { ConsoleAuthMode } from './auth-mode';

/** Sessions last 8 hours from sign-in; there is no sliding renewal. */
export const SESSION_TTL_SECONDS = 8 * 60 * 60;

const ISSUER = 'registry-hub';
const AUDIENCE = 'registry-hub-console';

/** Who signed in, as the directory names them. */
export interface SessionIdentity {
  /** Object id (the emulator's or Entra's `oid`). */
  principalId: string;
  userPrincipalName: string;
  displayName: string;
}

/** A verified session. */
export interface SessionPayload extends SessionIdentity {
  /** Random id of this sign-in (keys server-side token caches). */
  sessionId: string;
  /** The sign-in mode that issued it: a cookie from another mode is not a session here. */
  mode: ConsoleAuthMode;
  /** Seconds since the epoch. */
  issuedAt: number;
  expiresAt: number;
}

// Given the raw secret, jose imports it as a CryptoKey on every verify: ~0.7 % of a /registries page's CPU,
// paid by proxy.ts and by the page on each request. The secret is fixed for the process (session-secret.ts
// caches it), so its key is imported once.
const verifyKeys = new WeakMap<Uint8Array, Promise<CryptoKey>>();

function verifyKey(secret: Uint8Array): Promise<CryptoKey> {
  let key = verifyKeys.get(secret);
  if (!key) {
    key = crypto.subtle.importKey('raw', new Uint8Array(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
    verifyKeys.set(secret, key);
  }
  return key;
}

// A token whose signature, issuer and audience checked out once does so again (an HMAC under a fixed key):
// proxy.ts and the page each verify every request's cookie, and each jose verify took ~0.2 ms of CPU (a
// WebCrypto job on the thread pool and back). Expiry, mode and revocation are still checked on every call.
// Per secret, the newest REMEMBERED_TOKENS tokens; only tokens that verified.
const REMEMBERED_TOKENS = 1_000;
const verifiedTokens = new WeakMap<Uint8Array, Map<string, JWTPayload>>();

// The token's claims once its signature, issuer and audience are known good, or null when the time checks
// jose makes (exp, nbf) fail at `now`. Throws jose's errors for a token that does not verify.
async function verifiedClaims(token: string, secret: Uint8Array, now: number): Promise<JWTPayload | null> {
  let remembered = verifiedTokens.get(secret);
  if (!remembered) verifiedTokens.set(secret, (remembered = new Map()));
  const known = remembered.get(token);
  if (known) {
    const seconds = Math.floor(now / 1000);
    if (typeof known.exp === 'number' && known.exp <= seconds) return null;
    if (typeof known.nbf === 'number' && known.nbf > seconds) return null;
    return known;
  }
  const { payload } = await jwtVerify(token, await verifyKey(secret), {
    algorithms: ['HS256'],
    issuer: ISSUER,
    audience: AUDIENCE,
    currentDate: new Date(now),
    requiredClaims: ['sub', 'iat', 'exp'],
  });
  if (remembered.size >= REMEMBERED_TOKENS) remembered.delete(remembered.keys().next().value!);
  remembered.set(token, payload);
  return payload;
}

/** Signs a session for `identity`, valid SESSION_TTL_SECONDS from `now` (ms). */
export async function signSessionToken(
  identity: SessionIdentity,
  options: { secret: Uint8Array; mode: ConsoleAuthMode; sessionId: string; now?: number; ttlSeconds?: number },
): Promise<string> {
  const issuedAt = Math.floor((options.now ?? Date.now()) / 1000);
  return new SignJWT({ upn: identity.userPrincipalName, name: identity.displayName, sid: options.sessionId, mode: options.mode })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(identity.principalId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + (options.ttlSeconds ?? SESSION_TTL_SECONDS))
    .sign(options.secret);
}

/** The session in a cookie value, or null when it is missing, tampered with, expired, signed out or from another mode. */
export async function verifySessionToken(
  token: string | undefined,
  options: { secret: Uint8Array; mode: ConsoleAuthMode; isRevoked: (sessionId: string) => Promise<boolean>; now?: number },
): Promise<SessionPayload | null> {
  if (!token) return null;
  try {
    const payload = await verifiedClaims(token, options.secret, options.now ?? Date.now());
    if (!payload) return null;
    const { sub, upn, name, sid, mode, iat, exp } = payload as Record<string, unknown>;
    if (typeof sub !== 'string' || typeof upn !== 'string' || typeof sid !== 'string') return null;
    if (mode !== options.mode || typeof iat !== 'number' || typeof exp !== 'number') return null;
    if (await options.isRevoked(sid)) return null;
    return {
      principalId: sub,
      userPrincipalName: upn,
      displayName: typeof name === 'string' && name ? name : upn,
      sessionId: sid,
      mode: options.mode,
      issuedAt: iat,
      expiresAt: exp,
    };
  } catch (error) {
    // Bad signature, expiry, malformed token: all mean "not signed in". Anything else is a bug.
    if (error instanceof joseErrors.JOSEError) return null;
    throw error;
  }
}
