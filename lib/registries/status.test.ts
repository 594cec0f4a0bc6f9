import { describe, expect, it } from 'vitest';
import { deriveRegistryStatus, isTerminalStatus } from './status';

describe('deriveRegistryStatus', () => {
  it('is Ready with no activity or after success', () => {
    expect(deriveRegistryStatus([])).toBe('Ready');
    expect(deriveRegistryStatus([{ kind: 'create', status: 'Succeeded', startedAt: '2025-01-01T00:00:00Z' }])).toBe('Ready');
  });

  it.each([
    ['create', 'Running', 'Creating'],
    ['create', 'Accepted', 'Creating'],
    ['update', 'InProgress', 'Updating'],
    ['delete', 'Deleting', 'Deleting'],
    ['create', 'Failed', 'Failed'],
    ['update', 'Canceled', 'Failed'],
    ['delete', 'succeeded', 'Ready'],
  ] as const)('%s + %s → %s', (kind, status, expected) => {
    expect(deriveRegistryStatus([{ kind, status }])).toBe(expected);
  });

  it('lets a running activity win, else the latest finished one', () => {
    expect(deriveRegistryStatus([
      { kind: 'create', status: 'Failed', startedAt: '2025-01-01T00:00:00Z' },
      { kind: 'update', status: 'Succeeded', startedAt: '2025-02-01T00:00:00Z' },
    ])).toBe('Ready');
    expect(deriveRegistryStatus([
      { kind: 'update', status: 'Succeeded', startedAt: '2025-01-01T00:00:00Z' },
      { kind: 'update', status: 'Failed', startedAt: '2025-02-01T00:00:00Z' },
    ])).toBe('Failed');
    expect(deriveRegistryStatus([
      { kind: 'update', status: 'Failed', startedAt: '2025-03-01T00:00:00Z' },
      { kind: 'delete', status: 'Running', startedAt: '2025-02-01T00:00:00Z' },
    ])).toBe('Deleting');
  });

  it('knows the terminal statuses in any casing', () => {
    expect(['Succeeded', 'FAILED', 'canceled'].every(isTerminalStatus)).toBe(true);
    expect(['Running', 'Accepted', 'Creating', 'Ready'].some(isTerminalStatus)).toBe(false);
  });
});
