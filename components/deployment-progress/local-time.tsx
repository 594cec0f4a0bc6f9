'use client';
// Deployment times: to the second (components/time/local-time.tsx renders them hydration-safe).
import { LocalTime as TimeOf } from '@/components/time/local-time';

/** `<time>` showing `iso` locally, or an em dash when there is none. */
export function LocalTime({ iso }: { iso: string | null }) {
  return <TimeOf iso={iso} precision="second" />;
}
