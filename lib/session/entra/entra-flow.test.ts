import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorizeUrl } from './authorize-url';
import { entraConfig, type EntraConfig } from './entra-config';
import { identityFromIdToken } from './id-token';
import { createPkcePair, pkceChallenge } from './pkce';
import { EntraTokenError, redeemAuthorizationCode, refreshArmAccessToken } from './token-endpoint';

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const CLIENT = 'c0ffee00-0000-4000-8000-000000000001';

// A stand-in for login.microsoftonline.com's v2.0 token endpoint that records what it was sent.
let server: Server;
let config: EntraConfig;
const seen: Record<string, string>[] = [];

async function readForm(req: IncomingMessage): Promise<Record<string, string>> {
  let body = '';
  for await (const chunk of req) body += chunk;
  return Object.fromEntries(new URLSearchParams(body));
}

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const form = await readForm(req);
    seen.push({ path: req.url ?? '', ...form });
    res.setHeader('content-type', 'application/json');
    if (form.code === 'bad' || form.refresh_token === 'revoked') {
      res.statusCode = 400;
      res.end(JSON.stringify({ error: 'invalid_grant', error_description: 'AADSTS70008: The provided authorization code or refresh token has expired.\r\nTrace ID: x' }));
      return;
    }
    res.end(JSON.stringify({ access_token: `arm-token-for-${form.grant_type}`, expires_in: 3599, refresh_token: 'rt-2', id_token: 'id-token', token_type: 'Bearer' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  config = entraConfig({
    ENTRA_TENANT_ID: TENANT,
    ENTRA_CLIENT_ID: CLIENT,
    ENTRA_CLIENT_SECRET: 'shh',
    ENTRA_REDIRECT_URI: 'http://localhost:3000/signin/entra/callback',
    ENTRA_AUTHORITY_HOST: `http://127.0.0.1:${port}`,
  });
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('Entra sign-in pieces', () => {
  it('computes the RFC 7636 Appendix B S256 challenge, and fresh 43-character verifiers', async () => {
    expect(await pkceChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
    const a = await createPkcePair();
    const b = await createPkcePair();
    expect(a.verifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a.verifier).not.toBe(b.verifier);
    expect(a.challenge).toBe(await pkceChallenge(a.verifier));
  });

  it('names every missing variable, and refuses a plain-http redirect off localhost', () => {
    expect(() => entraConfig({ ENTRA_CLIENT_ID: CLIENT })).toThrow('ENTRA_TENANT_ID, ENTRA_CLIENT_SECRET, ENTRA_REDIRECT_URI');
    expect(() =>
      entraConfig({ ENTRA_TENANT_ID: TENANT, ENTRA_CLIENT_ID: CLIENT, ENTRA_CLIENT_SECRET: 's', ENTRA_REDIRECT_URI: 'http://console.example/signin/entra/callback' }),
    ).toThrow(/https/);
  });

  it('sends the browser to the tenant authorize endpoint with PKCE S256 and the delegated ARM scope', () => {
    const url = new URL(authorizeUrl(config, { state: 'st', nonce: 'no', codeChallenge: 'ch' }));
    expect(url.pathname).toBe(`/${TENANT}/oauth2/v2.0/authorize`);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: CLIENT,
      response_type: 'code',
      redirect_uri: 'http://localhost:3000/signin/entra/callback',
      response_mode: 'query',
      scope: 'openid profile offline_access https://management.azure.com/user_impersonation',
      state: 'st',
      nonce: 'no',
      code_challenge: 'ch',
      code_challenge_method: 'S256',
    });
  });

  it('redeems the code with the verifier and client secret, and refreshes ARM tokens', async () => {
    const now = Date.UTC(2030, 0, 1);
    const redeemed = await redeemAuthorizationCode(config, { code: 'c-1', codeVerifier: 'v-1' }, fetch, now);
    expect(redeemed).toEqual({ accessToken: 'arm-token-for-authorization_code', expiresOnTimestamp: now + 3599_000, refreshToken: 'rt-2', idToken: 'id-token' });
    expect(seen.at(-1)).toMatchObject({
      path: `/${TENANT}/oauth2/v2.0/token`,
      grant_type: 'authorization_code',
      code: 'c-1',
      code_verifier: 'v-1',
      client_id: CLIENT,
      client_secret: 'shh',
      redirect_uri: 'http://localhost:3000/signin/entra/callback',
    });
    const refreshed = await refreshArmAccessToken(config, 'rt-1');
    expect(refreshed.accessToken).toBe('arm-token-for-refresh_token');
    expect(seen.at(-1)).toMatchObject({ grant_type: 'refresh_token', refresh_token: 'rt-1', scope: 'https://management.azure.com/user_impersonation offline_access' });
  });

  it("turns the endpoint's refusal into EntraTokenError with its code and first line", async () => {
    const error = await refreshArmAccessToken(config, 'revoked').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EntraTokenError);
    expect(error).toMatchObject({ code: 'invalid_grant', status: 400 });
    expect((error as Error).message).toContain('AADSTS70008');
    expect((error as Error).message).not.toContain('Trace ID');
  });
});

describe('identityFromIdToken', () => {
  const now = Date.UTC(2030, 0, 1);
  const idToken = (claims: Record<string, unknown>) =>
    new SignJWT({ tid: TENANT, oid: 'oid-1', preferred_username: 'ada@contoso.com', name: 'Ada', nonce: 'n-1', ...claims })
      .setProtectedHeader({ alg: 'HS256' })
      .setAudience(CLIENT)
      .setExpirationTime(now / 1000 + 3600)
      .sign(new TextEncoder().encode('x'.repeat(32)));

  it('reads oid, preferred_username and name', async () => {
    expect(identityFromIdToken(await idToken({}), config, 'n-1', now)).toEqual({ principalId: 'oid-1', userPrincipalName: 'ada@contoso.com', displayName: 'Ada' });
  });

  it('refuses another sign-in, another app, an expired token, another tenant, or a token without oid', async () => {
    expect(() => identityFromIdToken('x.y.z', config, 'n-1', now)).toThrow();
    const valid = await idToken({});
    expect(() => identityFromIdToken(valid, config, 'other-nonce', now)).toThrow(/nonce/);
    expect(() => identityFromIdToken(valid, { ...config, clientId: 'another-app' }, 'n-1', now)).toThrow(/another application/);
    expect(() => identityFromIdToken(valid, config, 'n-1', now + 2 * 3600_000)).toThrow(/expired/);
    const otherTenant = await idToken({ tid: '00000000-0000-0000-0000-000000000000' });
    expect(() => identityFromIdToken(otherTenant, config, 'n-1', now)).toThrow(/tenant/);
    const noOid = await idToken({ oid: undefined });
    expect(() => identityFromIdToken(noOid, config, 'n-1', now)).toThrow(/oid/);
  });
});
