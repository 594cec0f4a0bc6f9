// The Entra authorization-code flow's two halves, for the route handlers under /signin/entra:
// begin (state, nonce and PKCE verifier sealed into a 10-minute cookie, then off to Entra) and complete
// (check state, redeem the code with the verifier, start the session, keep the refresh token on the server).
import 'server-only';
import { cookies } from 'next/headers';
import { sealJson, unsealJson } from '../sealed';
import { safeNextPath } from '../next-path';
import { cookieName, expiredCookieAttributes, sessionCookieAttributes } from '../session-cookie';
import { requestIsHttps } from '@/lib/http-security/request-is-https';
import { startSession } from '../session-lifecycle';
import { sessionSecret } from '../session-secret';
import { authorizeUrl } from './authorize-url';
import { entraConfig } from './entra-config';
import { ENTRA_FLOW_COOKIE, ENTRA_FLOW_PURPOSE, ENTRA_FLOW_TTL_SECONDS } from './entra-cookies';
import { saveTokenSet } from '../server-session-store';
import { identityFromIdToken } from './id-token';
import { createPkcePair, randomUrlSafe } from './pkce';
import { redeemAuthorizationCode } from './token-endpoint';

/** Starts a sign-in that returns to `next`; returns Entra's authorize URL to redirect to. */
export async function beginEntraSignIn(next: string | null): Promise<string> {
  const config = entraConfig();
  const state = randomUrlSafe();
  const nonce = randomUrlSafe();
  const pkce = await createPkcePair();
  const flow = await sealJson(
    { state, nonce, verifier: pkce.verifier, next: safeNextPath(next) },
    { secret: sessionSecret(), purpose: ENTRA_FLOW_PURPOSE, ttlSeconds: ENTRA_FLOW_TTL_SECONDS },
  );
  const https = await requestIsHttps();
  (await cookies()).set(cookieName(ENTRA_FLOW_COOKIE, https), flow, sessionCookieAttributes(https, ENTRA_FLOW_TTL_SECONDS));
  return authorizeUrl(config, { state, nonce, codeChallenge: pkce.challenge });
}

/** Outcome of the callback: where to go next, or a sentence for the sign-in page. */
export type EntraCallbackResult = { ok: true; next: string } | { ok: false; message: string };

/** Completes a sign-in from the callback's query (`code`, `state`, or Entra's `error`). */
export async function completeEntraSignIn(query: URLSearchParams): Promise<EntraCallbackResult> {
  const jar = await cookies();
  const https = await requestIsHttps();
  const flowCookie = cookieName(ENTRA_FLOW_COOKIE, https);
  const flow = await unsealJson(jar.get(flowCookie)?.value, { secret: sessionSecret(), purpose: ENTRA_FLOW_PURPOSE });
  if (jar.has(flowCookie)) jar.set(flowCookie, '', expiredCookieAttributes(https));
  if (query.get('error')) {
    return { ok: false, message: `Microsoft Entra ID: ${query.get('error_description')?.split('\r\n')[0] ?? query.get('error')}` };
  }
  if (!flow || typeof flow.state !== 'string' || flow.state !== query.get('state')) {
    return { ok: false, message: 'The sign-in attempt expired or did not start here. Try again.' };
  }
  const code = query.get('code');
  if (!code) return { ok: false, message: 'Microsoft Entra ID returned no authorization code.' };
  const config = entraConfig();
  try {
    const tokens = await redeemAuthorizationCode(config, { code, codeVerifier: String(flow.verifier) });
    if (!tokens.idToken || !tokens.refreshToken) {
      return { ok: false, message: 'Microsoft Entra ID returned no ID token or refresh token (are openid and offline_access allowed?).' };
    }
    const identity = identityFromIdToken(tokens.idToken, config, String(flow.nonce));
    const { sessionId, expiresAt } = await startSession(identity);
    await saveTokenSet(sessionId, { accessToken: tokens.accessToken, expiresOnTimestamp: tokens.expiresOnTimestamp, refreshToken: tokens.refreshToken }, expiresAt);
    return { ok: true, next: safeNextPath(typeof flow.next === 'string' ? flow.next : null) };
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}
