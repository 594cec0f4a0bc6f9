// How the console spells a point in time. The server and the hydrating client must print the same text, and
// only the browser knows the person's locale and time zone: so the first render prints a fixed form (English,
// UTC, said so) and the browser swaps in its local form after hydration (local-time.tsx).

/** Minutes for overviews, seconds where operations are timed. */
export type TimePrecision = 'minute' | 'second';

const STYLE: Record<TimePrecision, Intl.DateTimeFormatOptions> = {
  minute: { dateStyle: 'medium', timeStyle: 'short' },
  second: { dateStyle: 'medium', timeStyle: 'medium' },
};

const utcFormats: Record<TimePrecision, Intl.DateTimeFormat> = {
  minute: new Intl.DateTimeFormat('en-US', { ...STYLE.minute, timeZone: 'UTC' }),
  second: new Intl.DateTimeFormat('en-US', { ...STYLE.second, timeZone: 'UTC' }),
};

function parse(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? null : at;
}

/** "Jan 5, 2026, 3:04 PM UTC": identical wherever it runs; '' for a missing or invalid time. */
export function formatUtcTime(iso: string | null | undefined, precision: TimePrecision = 'minute'): string {
  const at = parse(iso);
  return at ? `${utcFormats[precision].format(at)} UTC` : '';
}

/** The time in the runtime's locale and time zone (browser only: a server's zone is not the person's). */
export function formatLocalTime(iso: string | null | undefined, precision: TimePrecision = 'minute'): string {
  const at = parse(iso);
  return at ? at.toLocaleString(undefined, STYLE[precision]) : '';
}
