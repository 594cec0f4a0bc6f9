// Who signed in, from the ID token. It comes straight from the token endpoint over TLS in the code
// exchange, so its issuer is already authenticated (OpenID Connect Core §3.1.3.7 item 6); the claims that
// bind it to this sign-in (audience, tenant, nonce, expiry) are still checked.
import { decodeJwt } from 'jose';
import type { SessionIdentity } from '../session-token';
import type { EntraConfig } from './entra-config';

/** The signed-in user's identity; throws when the ID token was not issued for this sign-in. */
export function identityFromIdToken(idToken: string, config: EntraConfig, expectedNonce: string, now = Date.now()): SessionIdentity {
  const claims = decodeJwt(idToken) as Record<string, unknown>;
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!audiences.includes(config.clientId)) throw new Error('The ID token was issued to another application.');
  if (claims.nonce !== expectedNonce) throw new Error('The ID token does not belong to this sign-in (nonce mismatch).');
  if (typeof claims.exp !== 'number' || claims.exp * 1000 < now - 5 * 60_000) throw new Error('The ID token has expired.');
  // ENTRA_TENANT_ID may also be a domain name; only a tenant GUID can be compared with the tid claim.
  const tenantGuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(config.tenantId);
  if (tenantGuid && String(claims.tid).toLowerCase() !== config.tenantId.toLowerCase()) {
    throw new Error('The ID token was issued by another tenant.');
  }
  if (typeof claims.oid !== 'string' || !claims.oid) throw new Error('The ID token has no oid claim (is the profile scope granted?).');
  const upn = [claims.preferred_username, claims.upn, claims.email].find((v): v is string => typeof v === 'string' && v !== '') ?? claims.oid;
  return {
    principalId: claims.oid,
    userPrincipalName: upn,
    displayName: typeof claims.name === 'string' && claims.name ? claims.name : upn,
  };
}
