import { describe, expect, it } from 'vitest';
import { decryptForSession, encryptForSession } from './token-set-cipher';

const secret = new TextEncoder().encode('a-session-secret-of-at-least-32-bytes!!');
const other = new TextEncoder().encode('another-session-secret-of-32-bytes-too!!');

describe('token set encryption', () => {
  it('round-trips, and never stores the plaintext or the same bytes twice', () => {
    const a = encryptForSession('{"refreshToken":"rt-secret"}', 'sid-1', secret);
    const b = encryptForSession('{"refreshToken":"rt-secret"}', 'sid-1', secret);
    expect(a).not.toContain('rt-secret');
    expect(Buffer.from(a, 'base64url').toString('latin1')).not.toContain('rt-secret');
    expect(a).not.toBe(b);
    expect(decryptForSession(a, 'sid-1', secret)).toBe('{"refreshToken":"rt-secret"}');
  });

  it('refuses another session, another secret, and altered bytes', () => {
    const sealed = encryptForSession('tokens', 'sid-1', secret);
    expect(decryptForSession(sealed, 'sid-2', secret)).toBeNull();
    expect(decryptForSession(sealed, 'sid-1', other)).toBeNull();
    const bytes = Buffer.from(sealed, 'base64url');
    bytes[bytes.length - 1] ^= 1;
    expect(decryptForSession(bytes.toString('base64url'), 'sid-1', secret)).toBeNull();
    expect(decryptForSession('short', 'sid-1', secret)).toBeNull();
  });
});
