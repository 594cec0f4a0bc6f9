// Access tokens: JWTs shaped like Entra's for ARM (oid, upn, name, tid, aud
// "https://management.azure.com/", iss sts.windows.net/{tid}/), signed HS256 with the emulator's
// stored secret. Verification maps failures to ARM's 401 codes.
import { SignJWT, errors as joseErrors, jwtVerify } from 'jose';
import type { Caller, Emulator } from '../context';
import { expiredAuthenticationToken, invalidAuthenticationToken } from '../errors';
import type { PrincipalRecord } from '../store/principals';
import { TENANT_ID } from '../seed/tenant';
import { signingKey } from './signing-key';

/** ARM's audience. */
export const ARM_AUDIENCE = 'https://management.azure.com/';
const ACCEPTED_AUDIENCES = [ARM_AUDIENCE, 'https://management.azure.com', 'https://management.core.windows.net/'];
const ISSUER = `https://sts.windows.net/${TENANT_ID}/`;

/** The token endpoint's answer, like Azure CLI's `get-access-token`. */
export interface IssuedToken {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  /** Expiry, seconds since the epoch. */
  expires_on: number;
}

/** True for an audience ARM accepts tokens for. */
export function isArmAudience(audience: string): boolean {
  return ACCEPTED_AUDIENCES.includes(audience);
}

/** Issues a token for a principal, valid `lifetimeSeconds` from `now` (negative values make expired tokens for tests). */
export async function issueToken(emulator: Emulator, principal: PrincipalRecord, lifetimeSeconds = 3600, audience = ARM_AUDIENCE): Promise<IssuedToken> {
  const iat = Math.floor(emulator.clock() / 1000);
  const exp = iat + lifetimeSeconds;
  const token = await new SignJWT({
    oid: principal.id,
    upn: principal.upn,
    unique_name: principal.upn,
    name: principal.displayName,
    tid: TENANT_ID,
    idtyp: 'user',
    scp: 'user_impersonation',
    ver: '1.0',
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(principal.id)
    .setAudience(audience)
    .setIssuer(ISSUER)
    .setIssuedAt(iat)
    .setNotBefore(Math.min(iat, exp) - 300)
    .setExpirationTime(exp)
    .sign(signingKey(emulator.db));
  return { access_token: token, token_type: 'Bearer', expires_in: lifetimeSeconds, expires_on: exp };
}

// Checking a signature costs an async WebCrypto HMAC on every ARM request, and a client sends one token on
// hundreds of them. A token whose signature, audience and issuer verified once is remembered by its exact text
// (per emulator: the signing secret is the database's); its time claims are checked against the clock on
// every request all the same, as jwtVerify does, so an expired or not-yet-valid token gets the same 401.
interface Verified {
  caller: Caller;
  nbf?: number;
  exp?: number;
}
const verified = new WeakMap<Emulator, Map<string, Verified>>();
// Far more than the tokens in use at once (the console holds one per principal); past it, start again.
const MAX_VERIFIED = 1_000;

function checkTimes(token: Verified, nowMs: number): Caller {
  const now = Math.floor(nowMs / 1000);
  if (token.nbf !== undefined && token.nbf > now) throw invalidAuthenticationToken(TENANT_ID, 'The access token is invalid.');
  if (token.exp !== undefined && token.exp <= now) throw expiredAuthenticationToken(TENANT_ID);
  return token.caller;
}

/** Verifies a bearer header and returns the caller; throws ARM's 401 errors. */
export async function verifyAuthorizationHeader(emulator: Emulator, header: string | undefined): Promise<Caller> {
  if (!header) throw invalidAuthenticationToken(TENANT_ID, "The authentication failed because of missing 'Authorization' header.");
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match) throw invalidAuthenticationToken(TENANT_ID, "The 'Authorization' header is invalid. It must be 'Bearer <token>'.");
  let known = verified.get(emulator);
  if (!known) verified.set(emulator, (known = new Map()));
  const seen = known.get(match[1]);
  if (seen) return checkTimes(seen, emulator.clock());
  try {
    const { payload } = await jwtVerify(match[1], signingKey(emulator.db), {
      algorithms: ['HS256'],
      audience: ACCEPTED_AUDIENCES,
      issuer: ISSUER,
      currentDate: new Date(emulator.clock()),
    });
    const { oid, upn, name, tid } = payload as Record<string, unknown>;
    if (typeof oid !== 'string' || typeof upn !== 'string') throw invalidAuthenticationToken(TENANT_ID, 'The access token is missing the oid or upn claim.');
    const caller: Caller = { oid, upn, name: typeof name === 'string' ? name : upn, tid: typeof tid === 'string' ? tid : TENANT_ID };
    if (known.size >= MAX_VERIFIED) known.clear();
    known.set(match[1], { caller, nbf: payload.nbf, exp: payload.exp });
    return caller;
  } catch (e) {
    if (e instanceof joseErrors.JWTExpired) throw expiredAuthenticationToken(TENANT_ID);
    if (e instanceof joseErrors.JOSEError) throw invalidAuthenticationToken(TENANT_ID, 'The access token is invalid.');
    throw e;
  }
}
