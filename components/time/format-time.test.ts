import { describe, expect, it } from 'vitest';
import { formatLocalTime, formatUtcTime } from './format-time';

describe('formatUtcTime', () => {
  it('prints the same English UTC text whatever the runtime zone', () => {
    expect(formatUtcTime('2026-01-05T15:04:05.123Z')).toBe('Jan 5, 2026, 3:04 PM UTC');
    expect(formatUtcTime('2026-01-05T15:04:05Z', 'second')).toBe('Jan 5, 2026, 3:04:05 PM UTC');
  });

  it('is empty for a missing or invalid time', () => {
    expect(formatUtcTime(null)).toBe('');
    expect(formatUtcTime('yesterday')).toBe('');
    expect(formatLocalTime(undefined)).toBe('');
  });
});
