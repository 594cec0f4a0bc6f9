'use client';
// A timestamp in the browser's locale and time zone; the server's HTML carries the ISO value until hydration.
import { formatDateTime } from './format';
import { useNow } from './use-now';

/** `<time>` showing `iso` locally. */
export function LocalTime({ iso }: { iso: string | null }) {
  const hydrated = useNow() !== null;
  if (!iso) return <span>—</span>;
  return <time dateTime={iso}>{hydrated ? formatDateTime(iso) : iso.replace('T', ' ').replace(/\.\d+Z$/, 'Z')}</time>;
}
