// How list cells spell times: relative ("3 days ago") against the list's read time, and an exact UTC time for
// hover and CSV. Both are pure functions of their inputs, so server and client render identical text.

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];
const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** "3 days ago", "in 2 hours", "just now"; '' for a missing or invalid time. */
export function relativeTime(iso: string | null, nowIso: string): string {
  const at = iso ? Date.parse(iso) : NaN;
  const now = Date.parse(nowIso);
  if (Number.isNaN(at) || Number.isNaN(now)) return '';
  const seconds = Math.round((at - now) / 1000);
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return relative.format(Math.trunc(seconds / size), unit);
  }
  return 'just now';
}

/** "2025-01-02 03:04 UTC"; '' for a missing or invalid time. */
export function exactUtcTime(iso: string | null): string {
  const at = iso ? new Date(iso) : null;
  if (!at || Number.isNaN(at.getTime())) return '';
  return `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
