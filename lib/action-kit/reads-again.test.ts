import { describe, expect, it } from 'vitest';
import { readAgainDelay, readAgainInterval, readsAgainByItself } from './reads-again';

describe('readsAgainByItself', () => {
  it('reads again after throttling or a render budget that ran out, and waits for a click on anything else', () => {
    expect(readsAgainByItself({ ok: false, code: 'TooManyRequests' })).toBe(true);
    expect(readsAgainByItself({ ok: false, code: 'ServiceTimeout' })).toBe(true);
    expect(readsAgainByItself({ ok: false, code: 'ConsoleBusy' })).toBe(true);
    expect(readsAgainByItself({ ok: false, code: 'ServiceUnreachable' })).toBe(false);
    expect(readsAgainByItself({ ok: false, code: 'AuthorizationFailed' })).toBe(false);
    expect(readsAgainByItself({ ok: false })).toBe(false);
    expect(readsAgainByItself({ ok: true })).toBe(false);
    expect(readsAgainByItself(undefined)).toBe(false);
  });

  it('gives queries a one-second interval only while ARM made them wait', () => {
    expect(readAgainInterval({ state: { data: { ok: false, code: 'TooManyRequests' } } })).toBe(1_000);
    expect(readAgainInterval({ state: { data: { ok: true } } })).toBe(false);
  });

  it("reads again after ARM's Retry-After when it sent one (capped at a minute), else after a second", () => {
    expect(readAgainDelay({ ok: false, code: 'TooManyRequests', retryAfterSeconds: 28 })).toBe(28_000);
    expect(readAgainDelay({ ok: false, code: 'TooManyRequests', retryAfterSeconds: 600 })).toBe(60_000);
    expect(readAgainDelay({ ok: false, code: 'TooManyRequests' })).toBe(1_000);
    expect(readAgainDelay({ ok: false, code: 'ServiceTimeout', retryAfterSeconds: 30 })).toBe(1_000);
    expect(readAgainDelay({ ok: false, code: 'ConflictingOperation', retryAfterSeconds: 30 })).toBe(false);
  });
});
