// default-azure-credential mode has no sign-in: the console acts as whatever identity its environment
// provides (az login, managed identity, service principal variables). The header names that identity, read
// from the claims of an ARM token the credential issues.
import 'server-only';
import { decodeJwt } from 'jose';
import { armConfig, credentialFor } from '@/lib/arm/config';
import type { SessionIdentity } from './session-token';

let cached: Promise<SessionIdentity> | undefined;

/** The claims that name a principal in an Entra access token (users have upn; apps only appid). */
export function identityFromAccessToken(token: string): SessionIdentity {
  const claims = decodeJwt(token) as Record<string, unknown>;
  const text = (...names: string[]) => names.map((n) => claims[n]).find((v): v is string => typeof v === 'string' && v !== '');
  const upn = text('upn', 'unique_name', 'preferred_username') ?? `app:${text('appid', 'azp') ?? 'unknown'}`;
  return {
    principalId: text('oid', 'sub') ?? '',
    userPrincipalName: upn,
    displayName: text('name', 'app_displayname') ?? upn,
  };
}

/** The environment's identity (cached once it is known; a failure is retried on the next call). */
export function environmentIdentity(): Promise<SessionIdentity> {
  cached ??= (async () => {
    const config = armConfig();
    const token = await credentialFor(config).getToken(config.scopes);
    if (!token) throw new Error('DefaultAzureCredential returned no token for ARM.');
    return identityFromAccessToken(token.token);
  })().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}
