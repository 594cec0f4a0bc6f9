import { describe, expect, it } from 'vitest';
import { isTerminal, pollIntervalMs } from './operation-poll';
import { registryHref } from '@/lib/registries/registry-href';
import { parseRegistryRef } from '@/lib/registries/registry-ref';

describe('operation polling', () => {
  it('follows Retry-After within bounds and stops at a terminal status', () => {
    expect(pollIntervalMs(undefined, null)).toBe(5000);
    expect(pollIntervalMs(undefined, 100)).toBe(60_000);
    expect(pollIntervalMs({ status: 'InProgress', retryAfterSeconds: 0, error: null }, 10)).toBe(1000);
    expect(isTerminal({ status: 'InProgress', retryAfterSeconds: 1, error: null })).toBe(false);
    expect(isTerminal({ status: 'Canceled', retryAfterSeconds: null, error: null })).toBe(true);
    expect(isTerminal(undefined)).toBe(false);
  });
});

describe('parseRegistryRef', () => {
  const good = { subscriptionId: 'a1b2c3d4-1111-4a5b-8c9d-0e1f2a3b4c01', resourceGroup: 'rg-(ml).prod', name: 'vision_models-1' };
  it('accepts a valid address, percent-encoded or not, and builds the page path back', () => {
    expect(parseRegistryRef(good)).toEqual(good);
    expect(parseRegistryRef({ ...good, resourceGroup: 'rg-%28ml%29.prod' })).toEqual(good);
    expect(registryHref(good)).toBe('/registries/a1b2c3d4-1111-4a5b-8c9d-0e1f2a3b4c01/rg-(ml).prod/vision_models-1');
  });
  it('refuses anything that could climb out of its ARM path', () => {
    for (const bad of [
      { ...good, subscriptionId: 'not-a-guid' },
      { ...good, resourceGroup: '..' },
      { ...good, resourceGroup: 'rg%2F..%2Fother' },
      { ...good, name: 'a/b' },
      { ...good, name: 'x'.repeat(40) },
      null,
      'registry',
    ]) {
      expect(parseRegistryRef(bad)).toBeNull();
    }
  });
});
