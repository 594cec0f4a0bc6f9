// The URL that sends the browser to Entra's sign-in (authorization code flow with PKCE, response_mode=query).
import { ENTRA_SIGN_IN_SCOPES, entraEndpoint, type EntraConfig } from './entra-config';

/** Entra's /authorize URL for one sign-in attempt. */
export function authorizeUrl(config: EntraConfig, attempt: { state: string; nonce: string; codeChallenge: string }): string {
  const url = new URL(entraEndpoint(config, 'authorize'));
  url.search = new URLSearchParams({
    client_id: config.clientId,
    response_type: 'code',
    redirect_uri: config.redirectUri,
    response_mode: 'query',
    scope: ENTRA_SIGN_IN_SCOPES.join(' '),
    state: attempt.state,
    nonce: attempt.nonce,
    code_challenge: attempt.codeChallenge,
    code_challenge_method: 'S256',
  }).toString();
  return url.toString();
}
