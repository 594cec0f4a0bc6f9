// Server-side session state, kept in this process's memory and never in a cookie: Entra refresh tokens by
// session id (issue 8: tokens stay on the server) and the ids of sessions that signed out, so a copied
// cookie stops working at sign-out rather than at its expiry. It lives on globalThis because the proxy, pages
// and server actions are separate bundles in one process. A restart forgets both: Entra users sign in again,
// and a signed-out cookie would count again until its expiry (at most 8 hours) — set SESSION_SECRET anew to
// end every session at once.

interface Entry {
  value: string;
  expiresAtMs: number;
}

interface Store {
  refreshTokens: Map<string, Entry>;
  revoked: Map<string, number>;
}

const MAX_ENTRIES = 10_000;
const KEY = Symbol.for('registry-hub.server-session-store');

function store(): Store {
  const g = globalThis as { [KEY]?: Store };
  g[KEY] ??= { refreshTokens: new Map(), revoked: new Map() };
  return g[KEY];
}

// Drops what has expired, then the oldest entries past the bound (abandoned sessions cannot grow it forever).
function prune<V>(map: Map<string, V>, expiresAtMs: (v: V) => number, now: number): void {
  for (const [key, value] of map) if (expiresAtMs(value) <= now) map.delete(key);
  while (map.size > MAX_ENTRIES) map.delete(map.keys().next().value as string);
}

/** Keeps a session's Entra refresh token on the server until the session expires. */
export function rememberRefreshToken(sessionId: string, refreshToken: string, ttlSeconds: number, now = Date.now()): void {
  const { refreshTokens } = store();
  refreshTokens.set(sessionId, { value: refreshToken, expiresAtMs: now + ttlSeconds * 1000 });
  prune(refreshTokens, (e) => e.expiresAtMs, now);
}

/** The session's refresh token, or null (unknown, expired, or signed out). */
export function refreshTokenFor(sessionId: string, now = Date.now()): string | null {
  const entry = store().refreshTokens.get(sessionId);
  return entry && entry.expiresAtMs > now ? entry.value : null;
}

/** Ends a session on the server: forgets its refresh token and refuses its cookie until `expiresAtSeconds`. */
export function revokeSession(sessionId: string, expiresAtSeconds: number, now = Date.now()): void {
  const { refreshTokens, revoked } = store();
  refreshTokens.delete(sessionId);
  revoked.set(sessionId, expiresAtSeconds * 1000);
  prune(revoked, (expiry) => expiry, now);
}

/** True when the session signed out. */
export function isSessionRevoked(sessionId: string): boolean {
  return store().revoked.has(sessionId);
}
