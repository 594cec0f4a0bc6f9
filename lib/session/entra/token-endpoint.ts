// Entra's v2.0 token endpoint, by hand with fetch: redeem the authorization code (with the PKCE verifier and
// the client secret), and later trade the refresh token for fresh ARM access tokens.
import { ARM_USER_IMPERSONATION, entraEndpoint, type EntraConfig } from './entra-config';

/** What the token endpoint returned that the console keeps. */
export interface EntraTokenSet {
  accessToken: string;
  /** Milliseconds since the epoch. */
  expiresOnTimestamp: number;
  refreshToken: string | null;
  idToken: string | null;
}

/** A refusal from the token endpoint (`invalid_grant` means: sign in again). */
export class EntraTokenError extends Error {
  constructor(
    /** OAuth error code, e.g. invalid_grant. */
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'EntraTokenError';
  }
}

type Fetch = typeof fetch;

async function postForm(config: EntraConfig, form: Record<string, string>, fetchImpl: Fetch, now: number): Promise<EntraTokenSet> {
  const response = await fetchImpl(entraEndpoint(config, 'token'), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: new URLSearchParams({ client_id: config.clientId, client_secret: config.clientSecret, ...form }).toString(),
    cache: 'no-store',
  });
  const text = await response.text();
  let body: Record<string, unknown> = {};
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    // Not JSON (a proxy's error page): reported below with the status.
  }
  if (!response.ok || typeof body.access_token !== 'string') {
    const code = typeof body.error === 'string' ? body.error : 'token_request_failed';
    const description = typeof body.error_description === 'string' ? body.error_description.split('\r\n')[0] : text.slice(0, 200);
    throw new EntraTokenError(code, `Microsoft Entra ID refused the token request (${code}): ${description}`, response.status);
  }
  const expiresIn = Number(body.expires_in);
  return {
    accessToken: body.access_token,
    expiresOnTimestamp: now + (Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : 3600) * 1000,
    refreshToken: typeof body.refresh_token === 'string' ? body.refresh_token : null,
    idToken: typeof body.id_token === 'string' ? body.id_token : null,
  };
}

/** Redeems an authorization code from the callback (RFC 6749 §4.1.3 with RFC 7636's code_verifier). */
export function redeemAuthorizationCode(
  config: EntraConfig,
  grant: { code: string; codeVerifier: string },
  fetchImpl: Fetch = fetch,
  now = Date.now(),
): Promise<EntraTokenSet> {
  return postForm(
    config,
    {
      grant_type: 'authorization_code',
      code: grant.code,
      code_verifier: grant.codeVerifier,
      redirect_uri: config.redirectUri,
      scope: `${ARM_USER_IMPERSONATION} offline_access openid profile`,
    },
    fetchImpl,
    now,
  );
}

/** A fresh ARM access token for the user behind `refreshToken` (RFC 6749 §6). */
export function refreshArmAccessToken(config: EntraConfig, refreshToken: string, fetchImpl: Fetch = fetch, now = Date.now()): Promise<EntraTokenSet> {
  return postForm(
    config,
    { grant_type: 'refresh_token', refresh_token: refreshToken, scope: `${ARM_USER_IMPERSONATION} offline_access` },
    fetchImpl,
    now,
  );
}
