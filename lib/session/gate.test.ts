import { describe, expect, it } from 'vitest';
import { gateRequest } from './gate';
import { signSessionToken } from './session-token';

const secret = new TextEncoder().encode('gate-test-secret-that-is-at-least-32-bytes');
const revoked = new Set(['signed-out']);
const options = { mode: 'emulator' as const, secret: () => secret, isRevoked: async (sessionId: string) => revoked.has(sessionId) };
const identity = { principalId: 'oid', userPrincipalName: 'u@contoso.test', displayName: 'U' };
const get = (pathWithQuery: string, sessionCookie?: string, method = 'GET') => ({
  method,
  pathWithQuery,
  pathname: pathWithQuery.split('?')[0],
  sessionCookie,
});

describe('gateRequest', () => {
  it('sends a page load without a session to sign-in, remembering where it was going', async () => {
    expect(await gateRequest(get('/registries/s/rg/r?tab=1'), options)).toEqual({
      kind: 'redirect',
      location: `/signin?next=${encodeURIComponent('/registries/s/rg/r?tab=1')}`,
      clearSessionCookie: false,
    });
  });

  it('lets a valid session through and anyone reach /signin and its Entra routes', async () => {
    const cookie = await signSessionToken(identity, { secret, mode: 'emulator', sessionId: 's' });
    expect(await gateRequest(get('/registries', cookie), options)).toEqual({ kind: 'pass', clearSessionCookie: false });
    expect(await gateRequest(get('/signin?next=/x'), options)).toEqual({ kind: 'pass', clearSessionCookie: false });
    expect(await gateRequest(get('/signin/entra/callback?code=1'), options)).toEqual({ kind: 'pass', clearSessionCookie: false });
    expect((await gateRequest(get('/signinx'), options)).kind).toBe('redirect');
  });

  it('clears a tampered or expired cookie and signs the user out', async () => {
    const expired = await signSessionToken(identity, { secret, mode: 'emulator', sessionId: 's', now: Date.now() - 9 * 3600_000 });
    for (const bad of [expired, `${expired.slice(0, -2)}xx`]) {
      expect(await gateRequest(get('/registries', bad), options)).toMatchObject({ kind: 'redirect', clearSessionCookie: true });
      expect(await gateRequest(get('/signin', bad), options)).toEqual({ kind: 'pass', clearSessionCookie: true });
    }
  });

  it('refuses the cookie of a session that signed out, as soon as the store says so', async () => {
    const cookie = await signSessionToken(identity, { secret, mode: 'emulator', sessionId: 'signed-out' });
    expect(await gateRequest(get('/registries', cookie), options)).toMatchObject({ kind: 'redirect', clearSessionCookie: true });
    expect(await gateRequest(get('/api/deployments', cookie), options)).toEqual({ kind: 'reject', clearSessionCookie: true });
  });

  it('lets load-balancer probes through without a session, and nothing else under /api', async () => {
    expect(await gateRequest(get('/api/health'), options)).toEqual({ kind: 'pass', clearSessionCookie: false });
    expect(await gateRequest(get('/api/ready'), options)).toEqual({ kind: 'pass', clearSessionCookie: false });
    expect(await gateRequest(get('/api/health/x'), options)).toEqual({ kind: 'reject', clearSessionCookie: false });
  });

  it('refuses server actions, other writes and API reads without a session instead of redirecting them', async () => {
    expect(await gateRequest(get('/registries', undefined, 'POST'), options)).toEqual({ kind: 'reject', clearSessionCookie: false });
    expect(await gateRequest(get('/api/deployments'), options)).toEqual({ kind: 'reject', clearSessionCookie: false });
    expect((await gateRequest(get('/apiary'), options)).kind).toBe('redirect');
  });

  it('lets everything through in default-azure-credential mode (no sign-in exists)', async () => {
    expect(await gateRequest(get('/registries'), { ...options, mode: 'default-azure-credential' })).toEqual({ kind: 'pass', clearSessionCookie: false });
  });
});
