import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { SESSION_TTL_SECONDS, signSessionToken, verifySessionToken } from './session-token';

const secret = new TextEncoder().encode('a-test-secret-that-is-at-least-32-bytes-long');
const otherSecret = new TextEncoder().encode('another-secret-that-is-at-least-32-bytes-long');
const identity = { principalId: 'oid-1', userPrincipalName: 'rita@contoso.test', displayName: 'Rita Reader' };
const T0 = Date.UTC(2030, 0, 1, 9, 0, 0);
const notRevoked = async () => false;

async function sign(now = T0) {
  return signSessionToken(identity, { secret, mode: 'emulator', sessionId: 'sid-1', now });
}

describe('session token', () => {
  it('round-trips the principal, session id and 8-hour lifetime', async () => {
    const session = await verifySessionToken(await sign(), { secret, isRevoked: notRevoked, mode: 'emulator', now: T0 + 1000 });
    expect(session).toEqual({
      ...identity,
      sessionId: 'sid-1',
      mode: 'emulator',
      issuedAt: T0 / 1000,
      expiresAt: T0 / 1000 + SESSION_TTL_SECONDS,
    });
    expect(SESSION_TTL_SECONDS).toBe(8 * 3600);
  });

  it('is refused once expired (8 h after sign-in) and accepted just before', async () => {
    const token = await sign();
    expect(await verifySessionToken(token, { secret, isRevoked: notRevoked, mode: 'emulator', now: T0 + SESSION_TTL_SECONDS * 1000 - 1000 })).not.toBeNull();
    expect(await verifySessionToken(token, { secret, isRevoked: notRevoked, mode: 'emulator', now: T0 + SESSION_TTL_SECONDS * 1000 + 1000 })).toBeNull();
  });

  it('is refused when any part was altered', async () => {
    const token = await sign();
    const [header, payload, signature] = token.split('.');
    const forged = JSON.parse(Buffer.from(payload, 'base64url').toString());
    forged.sub = 'oid-of-the-owner';
    const tamperedPayload = `${header}.${Buffer.from(JSON.stringify(forged)).toString('base64url')}.${signature}`;
    const flipped = signature[5] === 'A' ? 'B' : 'A';
    const tamperedSignature = `${header}.${payload}.${signature.slice(0, 5)}${flipped}${signature.slice(6)}`;
    for (const bad of [tamperedPayload, tamperedSignature, `${token}x`, 'not-a-jwt', '']) {
      expect(await verifySessionToken(bad, { secret, isRevoked: notRevoked, mode: 'emulator', now: T0 })).toBeNull();
    }
  });

  it('is refused under another secret, in another sign-in mode, or with alg none', async () => {
    const token = await sign();
    expect(await verifySessionToken(token, { secret: otherSecret, isRevoked: notRevoked, mode: 'emulator', now: T0 })).toBeNull();
    expect(await verifySessionToken(token, { secret, isRevoked: notRevoked, mode: 'entra', now: T0 })).toBeNull();
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${token.split('.')[1]}.`;
    expect(await verifySessionToken(unsigned, { secret, isRevoked: notRevoked, mode: 'emulator', now: T0 })).toBeNull();
  });

  it('is refused when signed with the right key but for another audience (another app sharing the secret)', async () => {
    const foreign = await new SignJWT({ upn: 'x', sid: 's', mode: 'emulator' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('oid')
      .setIssuer('registry-hub')
      .setAudience('some-other-app')
      .setIssuedAt(T0 / 1000)
      .setExpirationTime(T0 / 1000 + 60)
      .sign(secret);
    expect(await verifySessionToken(foreign, { secret, isRevoked: notRevoked, mode: 'emulator', now: T0 })).toBeNull();
  });

  // Verified tokens are remembered (session-token.ts): what changes with time or the store is checked again.
  it('checks a token it verified before again for expiry, sign-in mode and sign-out', async () => {
    const token = await sign(T0 + 7_000);
    const at = (seconds: number) => T0 + 7_000 + seconds * 1000;
    expect(await verifySessionToken(token, { secret, isRevoked: notRevoked, mode: 'emulator', now: at(1) })).not.toBeNull();
    expect(await verifySessionToken(token, { secret, isRevoked: notRevoked, mode: 'entra', now: at(2) })).toBeNull();
    expect(await verifySessionToken(token, { secret, isRevoked: async (sid) => sid === 'sid-1', mode: 'emulator', now: at(3) })).toBeNull();
    expect(await verifySessionToken(token, { secret, isRevoked: notRevoked, mode: 'emulator', now: at(SESSION_TTL_SECONDS) })).toBeNull();
    expect(await verifySessionToken(token, { secret, isRevoked: notRevoked, mode: 'emulator', now: at(4) })).not.toBeNull();
  });

  it('treats a missing cookie as signed out', async () => {
    expect(await verifySessionToken(undefined, { secret, isRevoked: notRevoked, mode: 'emulator' })).toBeNull();
  });
});
