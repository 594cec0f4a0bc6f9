// A TokenCredential for one signed-in Entra user: ARM tokens from the process cache, refreshed with the
// user's refresh token (from their sealed cookie) when missing or about to expire.
import type { AccessToken, TokenCredential } from '@azure/core-auth';
import { cacheAccessToken, cachedAccessToken } from './access-token-cache';
import type { EntraConfig } from './entra-config';
import { refreshArmAccessToken } from './token-endpoint';

// Refresh this long before expiry so no ARM request leaves with a token about to lapse.
const REFRESH_MARGIN_MS = 5 * 60 * 1000;

/** Delegated ARM tokens for the session `sessionId`. Requested scopes are ignored: sign-in fixed them. */
export class EntraSessionCredential implements TokenCredential {
  private pending: Promise<AccessToken> | null = null;

  constructor(
    private readonly config: EntraConfig,
    private readonly sessionId: string,
    private readonly refreshToken: string,
  ) {}

  /** The cached token, or a refreshed one. */
  async getToken(): Promise<AccessToken> {
    const cached = cachedAccessToken(this.sessionId);
    if (cached && cached.expiresOnTimestamp - REFRESH_MARGIN_MS > Date.now()) return cached;
    this.pending ??= refreshArmAccessToken(this.config, this.refreshToken)
      .then((set) => {
        const token: AccessToken = { token: set.accessToken, expiresOnTimestamp: set.expiresOnTimestamp, tokenType: 'Bearer' };
        cacheAccessToken(this.sessionId, token);
        return token;
      })
      .finally(() => (this.pending = null));
    return this.pending;
  }
}
