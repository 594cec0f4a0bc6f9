// The shared collators order exactly as `localeCompare` with the same locale and options did, case, accents,
// digits and punctuation included.
import { describe, expect, it } from 'vitest';
import { compareEnglish, compareIgnoringCase, compareNumeric } from './english-order';

const NAMES = ['Contoso', 'contoso', 'contoso-2', 'contoso-10', 'Contoso_prod', 'café', 'cafe', 'Zeta', 'alpha', '0-first', 'v1.10', 'v1.9', 'East US 2', 'East US', 'ünï', 'uni', ''];

const sign = (n: number) => Math.sign(n);

describe('English order', () => {
  it('matches localeCompare for every pair of names', () => {
    for (const a of NAMES) {
      for (const b of NAMES) {
        expect(sign(compareIgnoringCase(a, b)), `${a} vs ${b}, ignoring case`).toBe(sign(a.localeCompare(b, 'en', { sensitivity: 'base' })));
        expect(sign(compareEnglish(a, b)), `${a} vs ${b}`).toBe(sign(a.localeCompare(b, 'en')));
        expect(sign(compareNumeric(a, b)), `${a} vs ${b}, numeric`).toBe(sign(a.localeCompare(b, 'en', { numeric: true })));
      }
    }
  });

  it('ignores case and accents only where asked, and reads digits as numbers only where asked', () => {
    expect(compareIgnoringCase('Contoso', 'contoso')).toBe(0);
    expect(compareIgnoringCase('café', 'cafe')).toBe(0);
    expect(compareEnglish('Contoso', 'contoso')).not.toBe(0);
    expect(compareNumeric('v1.9', 'v1.10')).toBeLessThan(0);
    expect(compareEnglish('v1.9', 'v1.10')).toBeGreaterThan(0);
  });
});
