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

// One client per session, so per-client caches (display names, pipelines) last across requests as they do for
// the other modes; bounded like the token cache.
const clients = new Map<string, ArmClient>();
const MAX_CLIENTS = 1000;

/** An ARM client sending the signed-in user's own delegated token (ARM_ENDPOINT, default Azure's). */
export function entraArmClient(session: SessionPayload, refreshToken: string): ArmClient {
  const key = `${session.sessionId}|${refreshToken}`;
  const cached = clients.get(key);
  if (cached) return cached;
  const endpoint = normalizeEndpoint(process.env.ARM_ENDPOINT || 'https://management.azure.com');
  const client = createArmClient({
    endpoint,
    credential: new EntraSessionCredential(entraConfig(), session.sessionId, refreshToken),
    userAgentPrefix: 'registry-hub',
  });
  clients.set(key, client);
  if (clients.size > MAX_CLIENTS) clients.delete(clients.keys().next().value as string);
  return client;
}

/** Drops a session's cached clients (sign-out), so no credential holding its refresh token stays in memory. */
export function forgetEntraClients(sessionId: string): void {
  for (const key of clients.keys()) if (key.startsWith(`${sessionId}|`)) clients.delete(key);
}
