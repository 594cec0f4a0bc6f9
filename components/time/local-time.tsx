'use client';
// A <time> the server and the hydrating client print identically (UTC, see format-time.ts), switched to the
// browser's locale and zone right after hydration. The exact UTC form stays on hover.
import { useSyncExternalStore } from 'react';
import { formatLocalTime, formatUtcTime, type TimePrecision } from './format-time';

const noSubscription = () => () => {};
const onClient = () => true;
const onServer = () => false;

/** `<time>` for `iso`, or an em dash when there is none. */
export function LocalTime({ iso, precision = 'minute' }: { iso: string | null | undefined; precision?: TimePrecision }) {
  // False on the server and during hydration, true from the first client render after it.
  const hydrated = useSyncExternalStore(noSubscription, onClient, onServer);
  const utc = formatUtcTime(iso, precision);
  if (!utc) return <span>—</span>;
  return (
    <time dateTime={iso!} title={utc}>
      {hydrated ? formatLocalTime(iso, precision) : utc}
    </time>
  );
}
