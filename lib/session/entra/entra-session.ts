// Entra sessions on the server: whether the session still has its tokens (shared session store), and the
// ARM client that acts as that user.
import 'server-only';
import { createArmClient, normalizeEndpoint, type ArmClient } from '@/lib/arm/client';
import { saveTokenSet, tokenSetFor } from '../server-session-store';
import type { SessionPayload } from '../session-token';
import { EntraSessionCredential } from './entra-credential';
import { entraConfig } from './entra-config';

/** True when the store holds the session's tokens (false after sign-out, expiry, or a new SESSION_SECRET). */
export async function hasEntraTokens(session: SessionPayload): Promise<boolean> {
  return (await tokenSetFor(session.sessionId)) !== null;
}

// One client per session, so per-client caches (display names, pipelines) last across requests as they do for
// the other modes. A per-process cache of objects only: the tokens behind them are read from the shared
// store on every getToken, so a client here is never staler than the store. Bounded for abandoned sessions.
const clients = new Map<string, ArmClient>();
const MAX_CLIENTS = 1000;

/** An ARM client sending the signed-in user's own delegated token (ARM_ENDPOINT, default Azure's). */
export function entraArmClient(session: SessionPayload): ArmClient {
  const cached = clients.get(session.sessionId);
  if (cached) return cached;
  const endpoint = normalizeEndpoint(process.env.ARM_ENDPOINT || 'https://management.azure.com');
  const client = createArmClient({
    endpoint,
    credential: new EntraSessionCredential(entraConfig(), session.sessionId, { tokenSetFor, saveTokenSet }),
    userAgentPrefix: 'registry-hub',
  });
  clients.set(session.sessionId, client);
  if (clients.size > MAX_CLIENTS) clients.delete(clients.keys().next().value as string);
  return client;
}

/** Drops a session's cached client (sign-out on this replica; other replicas find the tokens gone). */
export function forgetEntraClients(sessionId: string): void {
  clients.delete(sessionId);
}
