import { describe, expect, it } from 'vitest';
import { DEFAULT_LANDING_PATH, safeNextPath, signInPathFor } from './next-path';

describe('safeNextPath', () => {
  it('keeps a same-origin path with its query and hash', () => {
    expect(safeNextPath('/registries/sub/rg/reg?tab=access#x')).toBe('/registries/sub/rg/reg?tab=access#x');
    expect(safeNextPath('/')).toBe('/');
  });

  it.each([
    ['missing', null],
    ['empty', ''],
    ['absolute URL', 'https://evil.example/'],
    ['protocol-relative', '//evil.example/path'],
    ['backslash host', '/\\evil.example'],
    ['encoded-free backslash later', '/ok\\..\\evil'],
    ['javascript scheme', 'javascript:alert(1)'],
    ['relative path', 'registries'],
    ['control character', '/\t/evil.example'],
    ['the sign-in page itself', '/signin?next=/registries'],
    ['below sign-in', '/signin/entra'],
  ])('refuses %s', (_label, raw) => {
    expect(safeNextPath(raw)).toBe(DEFAULT_LANDING_PATH);
  });

  it('builds the sign-in URL with an encoded next', () => {
    expect(signInPathFor('/registries/a b?x=1')).toBe(`/signin?next=${encodeURIComponent('/registries/a%20b?x=1')}`);
    expect(signInPathFor('//evil')).toBe(`/signin?next=${encodeURIComponent(DEFAULT_LANDING_PATH)}`);
  });
});
