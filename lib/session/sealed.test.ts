import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { identityFromAccessToken } from './environment-identity';
import { sealJson, unsealJson } from './sealed';
import { readOrCreateSecretFile } from './session-secret';

const secret = new TextEncoder().encode('sealed-test-secret-of-at-least-32-bytes!!');

describe('sealed cookie values', () => {
  it('round-trip for their purpose only, until they expire', async () => {
    const now = Date.UTC(2030, 0, 1);
    const sealed = await sealJson({ rt: 'refresh-token' }, { secret, purpose: 'entra-tokens', ttlSeconds: 60, now });
    expect(sealed).not.toContain('refresh-token');
    expect(await unsealJson(sealed, { secret, purpose: 'entra-tokens', now })).toEqual({ rt: 'refresh-token' });
    expect(await unsealJson(sealed, { secret, purpose: 'entra-flow', now })).toBeNull();
    expect(await unsealJson(sealed, { secret, purpose: 'entra-tokens', now: now + 61_000 })).toBeNull();
    expect(await unsealJson(`${sealed.slice(0, -3)}abc`, { secret, purpose: 'entra-tokens', now })).toBeNull();
    expect(await unsealJson(undefined, { secret, purpose: 'entra-tokens' })).toBeNull();
  });
});

describe('readOrCreateSecretFile', () => {
  it('creates a private secret once and reads the same one afterwards', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rh-secret-'));
    try {
      const file = path.join(dir, '.data', 'session-secret');
      const first = readOrCreateSecretFile(file);
      expect(first.length).toBeGreaterThanOrEqual(32);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(readOrCreateSecretFile(file)).toBe(first);
      // An existing file is never replaced.
      chmodSync(file, 0o600);
      writeFileSync(file, 'kept-secret-kept-secret-kept-secret!\n');
      expect(readOrCreateSecretFile(file)).toBe('kept-secret-kept-secret-kept-secret!');
      expect(readFileSync(file, 'utf8')).toBe('kept-secret-kept-secret-kept-secret!\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('identityFromAccessToken (DefaultAzureCredential mode)', () => {
  const token = (claims: Record<string, string>) => `e30.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.sig`;

  it('names a user by upn and name, and an application by its app id', () => {
    expect(identityFromAccessToken(token({ oid: 'o', upn: 'ada@contoso.com', name: 'Ada' }))).toEqual({
      principalId: 'o',
      userPrincipalName: 'ada@contoso.com',
      displayName: 'Ada',
    });
    expect(identityFromAccessToken(token({ oid: 'o2', appid: 'app-1' }))).toEqual({ principalId: 'o2', userPrincipalName: 'app:app-1', displayName: 'app:app-1' });
  });
});
