// A TokenCredential for one signed-in Entra user. The token set lives in the shared session store
// (encrypted), not in this object: whichever replica refreshes the access token stores the new one and any
// rotated refresh token, and the next request on any replica uses them.
import type { AccessToken, TokenCredential } from '@azure/core-auth';
import type { StoredTokenSet } from '../server-session-store';
import type { EntraConfig } from './entra-config';
import { EntraTokenError, refreshArmAccessToken } from './token-endpoint';

// Refresh this long before expiry so no ARM request leaves with a token about to lapse.
const REFRESH_MARGIN_MS = 5 * 60 * 1000;

/** Where the credential reads and writes the session's tokens (server-session-store.ts in the console). */
export interface TokenSetStore {
  tokenSetFor(sessionId: string): Promise<(StoredTokenSet & { sessionExpiresAt: number }) | null>;
  saveTokenSet(sessionId: string, tokens: StoredTokenSet, sessionExpiresAtSeconds: number): Promise<void>;
}

/** Delegated ARM tokens for the session `sessionId`. Requested scopes are ignored: sign-in fixed them. */
export class EntraSessionCredential implements TokenCredential {
  // Concurrent requests of this process share one refresh; another replica may refresh too, which is
  // harmless (Entra honours either refresh token until it is used once more).
  private pending: Promise<AccessToken> | null = null;

  constructor(
    private readonly config: EntraConfig,
    private readonly sessionId: string,
    private readonly store: TokenSetStore,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  /** The stored token while it is fresh, otherwise a refreshed one (stored for every replica). */
  async getToken(): Promise<AccessToken> {
    const stored = await this.store.tokenSetFor(this.sessionId);
    if (!stored) throw new EntraTokenError('session_ended', 'The Entra session has ended (signed out or expired): sign in again.', 401);
    if (stored.expiresOnTimestamp - REFRESH_MARGIN_MS > Date.now()) {
      return { token: stored.accessToken, expiresOnTimestamp: stored.expiresOnTimestamp, tokenType: 'Bearer' };
    }
    this.pending ??= refreshArmAccessToken(this.config, stored.refreshToken, this.fetchImpl)
      .then(async (set) => {
        const tokens = { accessToken: set.accessToken, expiresOnTimestamp: set.expiresOnTimestamp, refreshToken: set.refreshToken ?? stored.refreshToken };
        await this.store.saveTokenSet(this.sessionId, tokens, stored.sessionExpiresAt);
        return { token: tokens.accessToken, expiresOnTimestamp: tokens.expiresOnTimestamp, tokenType: 'Bearer' as const };
      })
      .finally(() => (this.pending = null));
    return this.pending;
  }
}
