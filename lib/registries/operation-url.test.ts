import { describe, expect, it } from 'vitest';
import type { StartedOperation } from '@/lib/registries/operation-types';
import { operationFromSearchParams, operationTitle, searchWithOperation } from '@/lib/registries/operation-url';

const adding: StartedOperation = { handle: 'eyJraW5kIjoieCJ9', kind: 'addRegions', regions: ['japaneast', 'westus2'], title: 'Adding regions japaneast, westus2', retryAfterSeconds: 1 };

describe('operation in the URL', () => {
  it('round-trips an operation, keeping other parameters, with the title the actions use', () => {
    const params = searchWithOperation(new URLSearchParams('tab=regions'), adding);
    expect(params.get('tab')).toBe('regions');
    expect(params.toString()).toBe('tab=regions&op=eyJraW5kIjoieCJ9&opKind=addRegions&opRegions=japaneast%2Cwestus2');
    expect(operationFromSearchParams(params, 'reg1')).toEqual({ state: 'follow', operation: { ...adding, retryAfterSeconds: null } });
  });

  it('clears the operation and nothing else', () => {
    const params = searchWithOperation(new URLSearchParams('tab=regions&op=abc&opKind=delete'), null);
    expect(params.toString()).toBe('tab=regions');
    expect(operationFromSearchParams(params, 'reg1')).toEqual({ state: 'none' });
  });

  it('names the registry for a delete and ignores regions there', () => {
    const read = operationFromSearchParams(new URLSearchParams('op=abc&opKind=delete&opRegions=eastus'), 'Reg-One');
    expect(read).toEqual({ state: 'follow', operation: { handle: 'abc', kind: 'delete', regions: [], title: 'Deleting Reg-One', retryAfterSeconds: null } });
    expect(operationTitle('removeRegions', 'x', ['westus2'])).toBe('Removing region westus2');
  });

  it.each([
    ['op=&opKind=delete', /empty or too long/],
    [`op=${'a'.repeat(5000)}&opKind=delete`, /empty or too long/],
    ['op=abc', /which kind/],
    ['op=abc&opKind=format-disk', /which kind/],
    ['op=abc&opKind=addRegions', /not region names/],
    ['op=abc&opKind=addRegions&opRegions=East%20US', /not region names/],
    ['op=abc&opKind=removeRegions&opRegions=%3Cscript%3E', /not region names/],
  ])('refuses a hand-made link (%s) with a reason instead of following it', (query, reason) => {
    const read = operationFromSearchParams(new URLSearchParams(query), 'reg1');
    expect(read.state).toBe('invalid');
    expect(read.state === 'invalid' && read.reason).toMatch(reason);
  });
});
