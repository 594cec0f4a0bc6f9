'use client';
// A timestamp in the browser's locale and time zone; on the server (and during hydration) the ISO value,
// so server and client HTML agree.
import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/** `<time>` showing `iso` locally, or an em dash when there is none. */
export function LocalTime({ iso }: { iso: string | null }) {
  const onClient = useSyncExternalStore(noSubscription, () => true, () => false);
  if (!iso) return <span>—</span>;
  const text = onClient ? new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) : iso;
  return <time dateTime={iso}>{text}</time>;
}
