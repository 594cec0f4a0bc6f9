// ARM access tokens of Entra sessions, in this server process's memory only (never in a cookie): keyed by
// session id, bounded so abandoned sessions cannot grow it without limit. A miss costs one refresh.
import type { AccessToken } from '@azure/core-auth';

const MAX_ENTRIES = 1000;
const tokens = new Map<string, AccessToken>();

/** The cached token of a session, if any. */
export function cachedAccessToken(sessionId: string): AccessToken | undefined {
  return tokens.get(sessionId);
}

/** Remembers a session's token (evicting the oldest entry past MAX_ENTRIES). */
export function cacheAccessToken(sessionId: string, token: AccessToken): void {
  tokens.delete(sessionId);
  tokens.set(sessionId, token);
  if (tokens.size > MAX_ENTRIES) tokens.delete(tokens.keys().next().value as string);
}

/** Forgets a session's token (sign-out). */
export function forgetAccessToken(sessionId: string): void {
  tokens.delete(sessionId);
}
