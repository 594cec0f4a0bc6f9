'use client';
// The registry page's times: to the minute (components/time/local-time.tsx renders them hydration-safe).
import { LocalTime as TimeOf } from '@/components/time/local-time';

/** `<time>` showing `iso` locally, or an em dash when there is none. */
export function LocalTime({ iso }: { iso: string | null }) {
  return <TimeOf iso={iso} precision="minute" />;
}
