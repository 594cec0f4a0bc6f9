import { describe, expect, it } from 'vitest';
import { hubForPath } from './app-nav';

describe('hubForPath', () => {
  it('marks Registries for the list, its pages and deployment progress pages', () => {
    expect(hubForPath('/registries')).toBe('registries');
    expect(hubForPath('/registries/create')).toBe('registries');
    expect(hubForPath('/deployments/sub/rg/registry-x-1')).toBe('registries');
  });

  it('marks nothing outside a hub', () => {
    expect(hubForPath('/registriesx')).toBeUndefined();
    expect(hubForPath('/signin')).toBeUndefined();
  });
});
