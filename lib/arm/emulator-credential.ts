// A TokenCredential for the embedded ARM emulator: it asks the emulator's control endpoint
// `POST /_emulator/token {principal}` for a JWT (`{access_token, expires_on}`), the way an Azure SDK asks
// Entra ID. Any Azure SDK client accepts it, so the emulator can be driven by official clients too.
import 'server-only';
import type { AccessToken, GetTokenOptions, TokenCredential } from '@azure/core-auth';

// Fetch a new token this long before the old one expires, so no request leaves with an expiring token.
const REFRESH_BEFORE_EXPIRY_MS = 5 * 60 * 1000;

/** Tokens for one emulator principal (user principal name or object id), cached until 5 min before expiry. */
export class EmulatorCredential implements TokenCredential {
  private cached: AccessToken | null = null;
  private pending: Promise<AccessToken> | null = null;

  constructor(
    /** Emulator base URL, e.g. http://127.0.0.1:4510. */
    readonly endpoint: string,
    /** Principal to act as, e.g. owner@contoso.onmicrosoft.com. */
    readonly principal: string,
  ) {}

  /** Scopes are ignored: the emulator has one audience. */
  async getToken(_scopes: string | string[], options?: GetTokenOptions): Promise<AccessToken> {
    if (this.cached && this.cached.expiresOnTimestamp - REFRESH_BEFORE_EXPIRY_MS > Date.now()) return this.cached;
    this.pending ??= this.fetchToken(options?.abortSignal as AbortSignal | undefined).finally(() => (this.pending = null));
    this.cached = await this.pending;
    return this.cached;
  }

  private async fetchToken(signal?: AbortSignal): Promise<AccessToken> {
    const url = new URL('/_emulator/token', this.endpoint);
    const post = () =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ principal: this.principal }),
        signal,
      });
    // fetch keeps connections alive; after an emulator restart the first reuse fails ("other side closed").
    // Transport failures (TypeError) are retried once on a fresh connection; HTTP answers never are.
    const res = await post().catch((e: unknown) => {
      if (e instanceof TypeError && !signal?.aborted) return post();
      throw e;
    });
    const text = await res.text();
    if (!res.ok) {
      throw new Error(`Emulator refused a token for '${this.principal}' (HTTP ${res.status}): ${text.slice(0, 300)}`);
    }
    const body = JSON.parse(text) as { access_token?: unknown; expires_on?: unknown };
    if (typeof body.access_token !== 'string' || !body.access_token) {
      throw new Error(`Emulator token response has no access_token: ${text.slice(0, 300)}`);
    }
    return { token: body.access_token, expiresOnTimestamp: expiresOnMs(body.expires_on), tokenType: 'Bearer' };
  }
}

// `expires_on` is epoch seconds (as Entra's token endpoints send it, number or string); tolerate milliseconds.
function expiresOnMs(value: unknown): number {
  const n = typeof value === 'string' ? Number(value) : typeof value === 'number' ? value : NaN;
  if (!Number.isFinite(n) || n <= 0) throw new Error(`Emulator token response has an invalid expires_on: ${String(value)}`);
  return n > 1e12 ? n : n * 1000;
}
