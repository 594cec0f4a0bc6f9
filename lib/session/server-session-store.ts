// Server-side session state, in the shared session store (store/): a record of each sign-in, the ids of
// sessions that signed out (so a copied cookie stops working at sign-out, on every replica, rather than at
// its expiry), and each Entra session's token set, encrypted. Everything expires with its session, so the
// store never outgrows the sessions that are still alive. Nothing here is kept in this process's memory:
// a second replica, or this one after a restart, sees exactly the same state.
import 'server-only';
import { sessionSecret } from './session-secret';
import type { SessionStoreBackend } from './store/session-store-backend';
import { sessionStore } from './store/shared-session-store';
import { decryptForSession, encryptForSession } from './store/token-set-cipher';

/** Who signed in and when (seconds since the epoch), as the server remembers it. */
export interface SessionRecord {
  sessionId: string;
  principalId: string;
  userPrincipalName: string;
  mode: string;
  issuedAt: number;
  expiresAt: number;
}

/** What the console keeps of an Entra sign-in: the current ARM access token and the refresh token. */
export interface StoredTokenSet {
  accessToken: string;
  /** Milliseconds since the epoch. */
  expiresOnTimestamp: number;
  refreshToken: string;
}

/** Session state over one store and one secret (the module functions below use the configured ones). */
export function serverSessions(store: SessionStoreBackend, secret: () => Uint8Array) {
  return {
    async recordSession(record: SessionRecord): Promise<void> {
      await store.put('session', record.sessionId, JSON.stringify(record), record.expiresAt * 1000);
    },

    async sessionRecord(sessionId: string): Promise<SessionRecord | null> {
      const value = await store.get('session', sessionId);
      return value ? (JSON.parse(value) as SessionRecord) : null;
    },

    /** Ends a session everywhere: forgets its record and tokens, and refuses its cookie until it would have expired. */
    async revokeSession(sessionId: string, expiresAtSeconds: number): Promise<void> {
      await store.put('revoked', sessionId, '1', expiresAtSeconds * 1000);
      await Promise.all([store.remove('session', sessionId), store.remove('tokens', sessionId)]);
    },

    async isSessionRevoked(sessionId: string): Promise<boolean> {
      return (await store.get('revoked', sessionId)) !== null;
    },

    /** Keeps (or replaces, after a refresh) the session's tokens until the session expires. */
    async saveTokenSet(sessionId: string, tokens: StoredTokenSet, sessionExpiresAtSeconds: number): Promise<void> {
      const sealed = encryptForSession(JSON.stringify({ ...tokens, sessionExpiresAt: sessionExpiresAtSeconds }), sessionId, secret());
      await store.put('tokens', sessionId, sealed, sessionExpiresAtSeconds * 1000);
    },

    /** The session's tokens and the session's expiry, or null (unknown, expired, signed out, or sealed under another secret). */
    async tokenSetFor(sessionId: string): Promise<(StoredTokenSet & { sessionExpiresAt: number }) | null> {
      const sealed = await store.get('tokens', sessionId);
      const plain = sealed ? decryptForSession(sealed, sessionId, secret()) : null;
      return plain ? (JSON.parse(plain) as StoredTokenSet & { sessionExpiresAt: number }) : null;
    },
  };
}

const configured = () => serverSessions(sessionStore(), sessionSecret);

/** Remembers a new sign-in until it expires. */
export const recordSession = (record: SessionRecord) => configured().recordSession(record);
/** Ends a session on every replica. */
export const revokeSession = (sessionId: string, expiresAtSeconds: number) => configured().revokeSession(sessionId, expiresAtSeconds);
/** True when the session signed out (on any replica). */
export const isSessionRevoked = (sessionId: string) => configured().isSessionRevoked(sessionId);
/** Stores an Entra session's tokens, encrypted, until the session expires. */
export const saveTokenSet = (sessionId: string, tokens: StoredTokenSet, sessionExpiresAtSeconds: number) =>
  configured().saveTokenSet(sessionId, tokens, sessionExpiresAtSeconds);
/** An Entra session's tokens, or null. */
export const tokenSetFor = (sessionId: string) => configured().tokenSetFor(sessionId);
