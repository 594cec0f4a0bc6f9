import { describe, expect, it } from 'vitest';
import { isSessionRevoked, refreshTokenFor, rememberRefreshToken, revokeSession } from './server-session-store';
import { signSessionToken, verifySessionToken } from './session-token';

const secret = new TextEncoder().encode('x'.repeat(48));
const identity = { principalId: 'p1', userPrincipalName: 'p1@contoso.example', displayName: 'P One' };

describe('server session store', () => {
  it('keeps refresh tokens on the server until the session expires or signs out', () => {
    const now = Date.now();
    rememberRefreshToken('sid-a', 'rt-a', 60, now);
    expect(refreshTokenFor('sid-a', now)).toBe('rt-a');
    expect(refreshTokenFor('sid-a', now + 61_000)).toBeNull();
    rememberRefreshToken('sid-b', 'rt-b', 60, now);
    revokeSession('sid-b', Math.floor(now / 1000) + 60, now);
    expect(refreshTokenFor('sid-b', now)).toBeNull();
    expect(isSessionRevoked('sid-b')).toBe(true);
  });

  it('refuses the cookie of a session that signed out, and only that one', async () => {
    const kept = await signSessionToken(identity, { secret, mode: 'emulator', sessionId: 'sid-kept' });
    const ended = await signSessionToken(identity, { secret, mode: 'emulator', sessionId: 'sid-ended' });
    expect(await verifySessionToken(ended, { secret, mode: 'emulator' })).not.toBeNull();
    revokeSession('sid-ended', Math.floor(Date.now() / 1000) + 3600);
    expect(await verifySessionToken(ended, { secret, mode: 'emulator' })).toBeNull();
    expect((await verifySessionToken(kept, { secret, mode: 'emulator' }))?.sessionId).toBe('sid-kept');
  });
});
