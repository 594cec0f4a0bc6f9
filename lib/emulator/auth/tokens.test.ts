// Bearer tokens: a token that verified once is still checked against the clock on every later request (it
// expires mid-use like any other), and a token altered by one character is refused even after the original
// verified.
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../context';
import { isArmHttpError } from '../errors';
import { SEED_PRINCIPALS } from '../seed/principals';
import { openDatabase } from '../store/db';
import type { PrincipalRecord } from '../store/principals';
import { issueToken, verifyAuthorizationHeader } from './tokens';

function emulatorAt(now: { ms: number }): Emulator {
  return { db: openDatabase(':memory:'), config: { timeScale: 0, pageSize: 100, caPem: '', managedIdentity: SEED_PRINCIPALS.owner.userPrincipalName }, clock: () => now.ms, provisioningFaultHooks: [], operationDelayHooks: [] };
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'accepted';
  } catch (e) {
    if (!isArmHttpError(e)) throw e;
    return `${e.status} ${e.code}`;
  }
}

const owner: PrincipalRecord = { id: SEED_PRINCIPALS.owner.id, upn: SEED_PRINCIPALS.owner.userPrincipalName, displayName: SEED_PRINCIPALS.owner.displayName, principalType: 'User' };

describe('verifyAuthorizationHeader', () => {
  it('refuses a token that verified before once its expiry has passed', async () => {
    const now = { ms: Date.UTC(2026, 0, 1, 12) };
    const emulator = emulatorAt(now);
    const { access_token } = await issueToken(emulator, owner, 60);
    await expect(verifyAuthorizationHeader(emulator, `Bearer ${access_token}`)).resolves.toMatchObject({ oid: owner.id, upn: owner.upn });
    now.ms += 59_000;
    expect(await codeOf(verifyAuthorizationHeader(emulator, `Bearer ${access_token}`))).toBe('accepted');
    now.ms += 2_000;
    expect(await codeOf(verifyAuthorizationHeader(emulator, `Bearer ${access_token}`))).toBe('401 ExpiredAuthenticationToken');
  });

  it('refuses a token before its not-before time, and a forged copy of one that verified', async () => {
    const now = { ms: Date.UTC(2026, 0, 1, 12) };
    const emulator = emulatorAt(now);
    const { access_token } = await issueToken(emulator, owner, 3600);
    expect(await codeOf(verifyAuthorizationHeader(emulator, `Bearer ${access_token}`))).toBe('accepted');
    const forged = `${access_token.slice(0, -2)}${access_token.endsWith('AA') ? 'BB' : 'AA'}`;
    expect(await codeOf(verifyAuthorizationHeader(emulator, `Bearer ${forged}`))).toBe('401 InvalidAuthenticationToken');
    // Tokens are valid from 5 minutes before they were issued (issueToken's nbf).
    now.ms -= 301_000;
    expect(await codeOf(verifyAuthorizationHeader(emulator, `Bearer ${access_token}`))).toBe('401 InvalidAuthenticationToken');
  });
});
