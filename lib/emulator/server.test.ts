// Cross-cutting behaviour over real HTTP: control endpoints, tokens and 401s, api-version errors,
// ARM headers, unknown routes, malformed JSON, case-insensitive paths.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_PRINCIPALS, SEED_SUBSCRIPTIONS } from './seed';
import type { EmulatorFixture } from './testing/emulator-fixture';
import { startFixture } from './testing/emulator-fixture';

const PROD = SEED_SUBSCRIPTIONS.production.id;
let emu: EmulatorFixture;

beforeAll(async () => {
  emu = await startFixture();
});
afterAll(() => emu.close());

describe('control endpoints', () => {
  it('reports health and the seeded principals with their role names', async () => {
    expect(await (await fetch(`${emu.url}/_emulator/health`)).json()).toEqual({ status: 'ok' });
    const { value } = (await (await fetch(`${emu.url}/_emulator/principals`)).json()) as { value: { userPrincipalName: string; roles: string[]; id: string }[] };
    const byUpn = Object.fromEntries(value.map((p) => [p.userPrincipalName, p]));
    expect(byUpn['owner@contoso.onmicrosoft.com']).toMatchObject({ id: SEED_PRINCIPALS.owner.id, roles: ['Owner'], displayName: 'Olivia Owner' });
    expect(byUpn['registryuser@contoso.onmicrosoft.com'].roles).toEqual(['AzureML Registry User']);
    expect(byUpn['norole@contoso.onmicrosoft.com'].roles).toEqual([]);
  });

  it('issues Entra-shaped tokens by UPN or id, and rejects unknown principals with an ARM error', async () => {
    const res = await fetch(`${emu.url}/_emulator/token`, { method: 'POST', body: JSON.stringify({ principal: SEED_PRINCIPALS.reader.id }) });
    const body = (await res.json()) as { access_token: string; expires_on: number };
    expect(body.expires_on).toBeGreaterThan(Date.now() / 1000);
    const claims = JSON.parse(Buffer.from(body.access_token.split('.')[1], 'base64url').toString());
    expect(claims).toMatchObject({ oid: SEED_PRINCIPALS.reader.id, upn: 'reader@contoso.onmicrosoft.com', aud: 'https://management.azure.com/', name: 'Rita Reader' });
    const bad = await fetch(`${emu.url}/_emulator/token`, { method: 'POST', body: JSON.stringify({ principal: 'ghost@contoso.onmicrosoft.com' }) });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('PrincipalNotFound');
  });
});

describe('authentication', () => {
  const path = `/subscriptions?api-version=2022-12-01`;

  it('answers 401 InvalidAuthenticationToken without or with a bad token, with WWW-Authenticate', async () => {
    const variants: Record<string, string>[] = [{}, { Authorization: 'Bearer not-a-jwt' }, { Authorization: 'Basic abc' }];
    for (const headers of variants) {
      const res = await fetch(emu.url + path, { headers });
      expect(res.status).toBe(401);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('InvalidAuthenticationToken');
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer authorization_uri=/);
    }
  });

  it('answers 401 ExpiredAuthenticationToken for an expired token', async () => {
    const res = await fetch(`${emu.url}/_emulator/token`, { method: 'POST', body: JSON.stringify({ principal: 'owner@contoso.onmicrosoft.com', expiresInSeconds: -60 }) });
    const { access_token } = (await res.json()) as { access_token: string };
    const reply = await fetch(emu.url + path, { headers: { Authorization: `Bearer ${access_token}` } });
    expect(reply.status).toBe(401);
    expect(((await reply.json()) as { error: { code: string } }).error.code).toBe('ExpiredAuthenticationToken');
  });
});

describe('api-version', () => {
  it('requires one (MissingApiVersionParameter) and lists supported ones when unknown', async () => {
    const missing = await emu.arm('GET', `/subscriptions/${PROD}/resourcegroups`);
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ error: { code: 'MissingApiVersionParameter' } });
    const unknown = await emu.arm<{ error: { code: string; message: string } }>('GET', `/subscriptions/${PROD}/resourcegroups?api-version=1999-01-01`);
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.code).toBe('InvalidApiVersionParameter');
    expect(unknown.body.error.message).toContain("The api-version '1999-01-01' is invalid. The supported versions are '2025-04-01,");
  });

  it('accepts the versions the official SDK clients send', async () => {
    expect((await emu.arm('GET', `/subscriptions/${PROD}/resourcegroups?api-version=2025-04-01`)).status).toBe(200);
    expect((await emu.arm('GET', `/subscriptions?api-version=2022-12-01`)).status).toBe(200);
  });
});

describe('headers and routing', () => {
  it('sets request ids, echoes the correlation id, and reports remaining reads', async () => {
    const first = await emu.arm('GET', `/subscriptions/${PROD}/resourcegroups?api-version=2021-04-01`, { headers: { 'x-ms-correlation-request-id': 'corr-123' } });
    expect(first.headers.get('x-ms-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(first.headers.get('x-ms-correlation-request-id')).toBe('corr-123');
    expect(first.headers.get('x-ms-routing-request-id')).toMatch(/^WESTUS:\d{8}T\d{6}Z:/);
    expect(first.headers.get('date')).toBeTruthy();
    const second = await emu.arm('GET', `/subscriptions/${PROD}/resourcegroups?api-version=2021-04-01`);
    expect(second.headers.get('x-ms-correlation-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const a = Number(first.headers.get('x-ms-ratelimit-remaining-subscription-reads'));
    const b = Number(second.headers.get('x-ms-ratelimit-remaining-subscription-reads'));
    expect(a).toBeGreaterThan(200);
    expect(b).toBeLessThanOrEqual(a);
  });

  it('matches paths case-insensitively and keeps the stored casing', async () => {
    const res = await emu.arm<{ name: string }>('GET', `/SUBSCRIPTIONS/${PROD}/ResourceGroups/RG-ML-PROD?api-version=2021-04-01`);
    expect(res.status).toBe(200);
    expect(res.body.name).toBe('rg-ml-prod');
  });

  it('never answers 200 for unknown routes or types', async () => {
    const cases: [string, number, string][] = [
      [`/subscriptions/${PROD}/nothing-here?api-version=2021-04-01`, 404, 'NotFound'],
      [`/subscriptions/${PROD}/resourceGroups/rg-ml-prod/providers/Contoso.Nope/widgets/x?api-version=2021-04-01`, 400, 'NoRegisteredProviderFound'],
      [`/subscriptions/${PROD}/resourceGroups/rg-ml-prod/providers/Microsoft.MachineLearningServices/workspaces/x?api-version=2025-09-01`, 400, 'InvalidResourceType'],
    ];
    for (const [path, status, code] of cases) {
      const res = await emu.arm('GET', path);
      expect([path, res.status, (res.body as { error: { code: string } }).error.code]).toEqual([path, status, code]);
    }
  });

  it('rejects malformed JSON with InvalidRequestContent', async () => {
    const res = await emu.arm('PUT', `/subscriptions/${PROD}/resourcegroups/rg-bad-json?api-version=2021-04-01`, { rawBody: '{"location": ' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { code: 'InvalidRequestContent' } });
  });
});

describe('loopback rule for control endpoints', () => {
  it('treats only 127.0.0.0/8, ::1 and their IPv4-mapped forms as loopback', async () => {
    const { isLoopback } = await import('./pipeline');
    expect(['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1'].map(isLoopback)).toEqual([true, true, true, true]);
    expect(['10.0.0.1', '::ffff:192.168.1.2', '128.0.0.1', undefined].map(isLoopback)).toEqual([false, false, false, false]);
  });
});

describe('malformed paths', () => {
  it('answers a bad %-escape with an ARM 404, not a 500', async () => {
    const res = await emu.arm('GET', `/subscriptions/%E0%A4%A/resourcegroups?api-version=2021-04-01`);
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ error: { code: 'SubscriptionNotFound' } });
  });
});
