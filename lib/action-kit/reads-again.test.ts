import { describe, expect, it } from 'vitest';
import { readAgainInterval, readsAgainByItself } from './reads-again';

describe('readsAgainByItself', () => {
  it('reads again after throttling or a render budget that ran out, and waits for a click on anything else', () => {
    expect(readsAgainByItself({ ok: false, code: 'TooManyRequests' })).toBe(true);
    expect(readsAgainByItself({ ok: false, code: 'ServiceTimeout' })).toBe(true);
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
});
