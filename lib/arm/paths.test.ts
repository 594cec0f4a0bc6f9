import { describe, expect, it } from 'vitest';
import { armPath, pathSegment, registryPath, resourceIdPath } from './paths';

describe('path segments', () => {
  it.each(['', 'a/b', 'a\\b', '..', '.', 'a\u0000b', 'rg\n', '\u007f'])('refuses %j', (bad) => {
    expect(() => pathSegment(bad)).toThrow(/Invalid ARM path segment/);
  });

  it('encodes characters that would change the URL', () => {
    expect(pathSegment('my rg(1).x')).toBe('my%20rg(1).x');
    expect(pathSegment('a?b#c%2F')).toBe('a%3Fb%23c%252F');
  });

  it('builds typed paths and never lets a value climb out', () => {
    expect(registryPath('s1', 'rg-1', 'reg_1')).toBe('/subscriptions/s1/resourceGroups/rg-1/providers/Microsoft.MachineLearningServices/registries/reg_1');
    expect(() => registryPath('s1', '..', 'x')).toThrow();
    expect(() => armPath`/subscriptions/${'s1/resourceGroups/other'}`).toThrow(/slash/);
  });
});

describe('resourceIdPath', () => {
  it('re-encodes a valid id segment by segment', () => {
    expect(resourceIdPath('/subscriptions/s/resourceGroups/my rg/providers/Microsoft.Storage/storageAccounts/sa1')).toBe(
      '/subscriptions/s/resourceGroups/my%20rg/providers/Microsoft.Storage/storageAccounts/sa1',
    );
    expect(resourceIdPath('/subscriptions/s/resourceGroups/my%20rg')).toBe('/subscriptions/s/resourceGroups/my%20rg');
  });

  it.each([
    'subscriptions/s',
    'https://evil.example/subscriptions/s',
    '/subscriptions/s/../other',
    '/subscriptions/s/resourceGroups/%2e%2e',
    '/subscriptions/s/resourceGroups/a%2Fb',
    '/subscriptions/s//x',
    '/subscriptions/s/resourceGroups/%E0%A4%A',
  ])('refuses %s', (bad) => {
    expect(() => resourceIdPath(bad)).toThrow(/Invalid ARM path segment/);
  });
});
