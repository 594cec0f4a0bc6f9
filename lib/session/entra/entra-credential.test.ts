import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serverSessions } from '../server-session-store';
import { openSqliteBackend } from '../store/sqlite-backend';
import { entraConfig } from './entra-config';
import { EntraSessionCredential } from './entra-credential';

const dir = mkdtempSync(path.join(tmpdir(), 'registry-hub-entra-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const secret = () => new TextEncoder().encode('z'.repeat(48));
const file = path.join(dir, 'sessions.db');
const config = entraConfig({
  ENTRA_TENANT_ID: 'contoso.example',
  ENTRA_CLIENT_ID: 'client',
  ENTRA_CLIENT_SECRET: 'shh',
  ENTRA_REDIRECT_URI: 'http://localhost:3000/signin/entra/callback',
});

// Entra's token endpoint as far as a refresh goes: each call rotates the refresh token.
const refreshes: string[] = [];
const tokenEndpoint: typeof fetch = async (_url, init) => {
  const form = new URLSearchParams(String(init?.body));
  refreshes.push(form.get('refresh_token') ?? '');
  const n = refreshes.length;
  return new Response(JSON.stringify({ access_token: `at-${n}`, expires_in: 3600, refresh_token: `rt-${n + 1}` }), { status: 200 });
};

describe('EntraSessionCredential on two replicas', () => {
  it('refreshes once on one replica and the other uses the new tokens; after sign-out neither has any', async () => {
    const replicaA = serverSessions(openSqliteBackend(file), secret);
    const replicaB = serverSessions(openSqliteBackend(file), secret);
    const sessionExpiresAt = Math.floor(Date.now() / 1000) + 3600;
    // Signed in with an access token that is already inside the refresh margin.
    await replicaA.saveTokenSet('sid-1', { accessToken: 'at-0', expiresOnTimestamp: Date.now() + 60_000, refreshToken: 'rt-1' }, sessionExpiresAt);
    const onA = new EntraSessionCredential(config, 'sid-1', replicaA, tokenEndpoint);
    const onB = new EntraSessionCredential(config, 'sid-1', replicaB, tokenEndpoint);

    expect((await onA.getToken()).token).toBe('at-1');
    expect(refreshes).toEqual(['rt-1']);
    expect((await onB.getToken()).token).toBe('at-1');
    expect(refreshes).toEqual(['rt-1']);
    expect(await replicaB.tokenSetFor('sid-1')).toMatchObject({ refreshToken: 'rt-2', sessionExpiresAt });

    await replicaB.revokeSession('sid-1', sessionExpiresAt);
    await expect(onA.getToken()).rejects.toMatchObject({ code: 'session_ended' });
  });
});
