// Entra sessions on the server: the session's refresh token (server memory) and the ARM client that acts
// as that user.
import 'server-only';
import { createArmClient, normalizeEndpoint, type ArmClient } from '@/lib/arm/client';
import { refreshTokenFor } from '../server-session-store';
import type { SessionPayload } from '../session-token';
import { EntraSessionCredential } from './entra-credential';
import { entraConfig } from './entra-config';

/** The refresh token of `session`, kept on the server since sign-in; null when unknown (e.g. after a restart). */
export async function refreshTokenOf(session: SessionPayload): Promise<string | null> {
  return refreshTokenFor(session.sessionId);
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
