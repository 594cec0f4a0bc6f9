// Entra sessions on the server: the sealed refresh-token cookie of the current request, and the ARM
// client that acts as that user.
import 'server-only';
import { cookies } from 'next/headers';
import { createArmClient, normalizeEndpoint, type ArmClient } from '@/lib/arm/client';
import { sealJson, unsealJson } from '../sealed';
import { sessionSecret } from '../session-secret';
import { SESSION_TTL_SECONDS, type SessionPayload } from '../session-token';
import { EntraSessionCredential } from './entra-credential';
import { entraConfig } from './entra-config';
import { ENTRA_TOKENS_COOKIE, ENTRA_TOKENS_PURPOSE } from './entra-cookies';

/** The sealed cookie value holding a session's refresh token (bound to the session id). */
export function sealRefreshToken(sessionId: string, refreshToken: string): Promise<string> {
  return sealJson({ sid: sessionId, rt: refreshToken }, { secret: sessionSecret(), purpose: ENTRA_TOKENS_PURPOSE, ttlSeconds: SESSION_TTL_SECONDS });
}

/** The refresh token of `session` from this request's cookie, or null (missing, altered, or another session's). */
export async function refreshTokenOf(session: SessionPayload): Promise<string | null> {
  const value = (await cookies()).get(ENTRA_TOKENS_COOKIE)?.value;
  const sealed = await unsealJson(value, { secret: sessionSecret(), purpose: ENTRA_TOKENS_PURPOSE });
  if (!sealed || sealed.sid !== session.sessionId || typeof sealed.rt !== 'string') return null;
  return sealed.rt;
}

/** An ARM client sending the signed-in user's own delegated token (ARM_ENDPOINT, default Azure's). */
export function entraArmClient(session: SessionPayload, refreshToken: string): ArmClient {
  const endpoint = normalizeEndpoint(process.env.ARM_ENDPOINT || 'https://management.azure.com');
  return createArmClient({
    endpoint,
    credential: new EntraSessionCredential(entraConfig(), session.sessionId, refreshToken),
    userAgentPrefix: 'registry-hub',
  });
}
