import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serverSessions } from './server-session-store';
import { signSessionToken, verifySessionToken } from './session-token';
import { openSqliteBackend } from './store/sqlite-backend';

const secret = new TextEncoder().encode('x'.repeat(48));
const identity = { principalId: 'p1', userPrincipalName: 'p1@contoso.example', displayName: 'P One' };
const dir = mkdtempSync(path.join(tmpdir(), 'registry-hub-sessions-'));
const file = path.join(dir, 'sessions.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Two "replicas" are two connections to one store file: what one writes, the other reads.
const replicaA = openSqliteBackend(file);
const replicaB = openSqliteBackend(file);
const onA = serverSessions(replicaA, () => secret);
const onB = serverSessions(replicaB, () => secret);
const in1h = () => Math.floor(Date.now() / 1000) + 3600;

describe('server session store', () => {
  it('refuses, on every replica, the cookie of a session that signed out on one — and only that one', async () => {
    const kept = await signSessionToken(identity, { secret, mode: 'emulator', sessionId: 'sid-kept' });
    const ended = await signSessionToken(identity, { secret, mode: 'emulator', sessionId: 'sid-ended' });
    const verifyOnA = (token: string) => verifySessionToken(token, { secret, mode: 'emulator', isRevoked: onA.isSessionRevoked });
    expect(await verifyOnA(ended)).not.toBeNull();
    await onB.revokeSession('sid-ended', in1h());
    expect(await verifyOnA(ended)).toBeNull();
    expect((await verifyOnA(kept))?.sessionId).toBe('sid-kept');
  });

  it('keeps session records and token sets across a restart, and forgets both at sign-out', async () => {
    const record = { sessionId: 'sid-r', principalId: 'p1', userPrincipalName: 'p1@contoso.example', mode: 'entra', issuedAt: 1, expiresAt: in1h() };
    await onA.recordSession(record);
    await onA.saveTokenSet('sid-r', { accessToken: 'at-1', expiresOnTimestamp: Date.now() + 3600_000, refreshToken: 'rt-1' }, record.expiresAt);
    await replicaA.close();
    const restarted = serverSessions(openSqliteBackend(file), () => secret);
    expect(await restarted.sessionRecord('sid-r')).toEqual(record);
    expect(await restarted.tokenSetFor('sid-r')).toMatchObject({ accessToken: 'at-1', refreshToken: 'rt-1', sessionExpiresAt: record.expiresAt });
    for (const part of [file, `${file}-wal`]) expect(readFileSync(part).toString('latin1')).not.toContain('rt-1');
    await onB.revokeSession('sid-r', record.expiresAt);
    expect(await restarted.tokenSetFor('sid-r')).toBeNull();
    expect(await restarted.sessionRecord('sid-r')).toBeNull();
    expect(await restarted.isSessionRevoked('sid-r')).toBe(true);
  });

  it('cannot open token sets sealed under another session secret', async () => {
    await onB.saveTokenSet('sid-s', { accessToken: 'at', expiresOnTimestamp: Date.now() + 60_000, refreshToken: 'rt' }, in1h());
    const rotated = serverSessions(replicaB, () => new TextEncoder().encode('y'.repeat(48)));
    expect(await rotated.tokenSetFor('sid-s')).toBeNull();
  });
});
