// Which failures a page reads again by itself. A server render gives ARM a time budget (lib/arm/deadline.ts);
// when ARM was throttling or slower than that (or the console too busy to ask it in time), the page shows
// why and the browser keeps reading (its server action runs within the longer browser-read bound), so the
// content appears as soon as ARM answers. Anything else is an answer a person must act on, and waits for
// their Retry.

const WAIT_AND_RETRY = new Set(['TooManyRequests', 'ServiceTimeout', 'ConsoleBusy']);

/** How soon a query reads again after a failure it should not wait for a click on. */
export const READ_AGAIN_MS = 1_000;
// ARM's Retry-After can reach 10 minutes; a page that reads by itself looks again within a minute at most.
const MAX_READ_AGAIN_MS = 60_000;

type ReadResult = { ok: boolean; code?: string; retryAfterSeconds?: number | null } | undefined;

/** Whether the page reads this answer again by itself: ARM was throttling, or slower than the render's budget. */
export function readsAgainByItself(result: ReadResult): boolean {
  return result?.ok === false && WAIT_AND_RETRY.has(result.code ?? '');
}

/** Milliseconds until the page reads `result` again by itself (what ARM's Retry-After asked, else 1 s), or false. */
export function readAgainDelay(result: ReadResult): number | false {
  if (!readsAgainByItself(result)) return false;
  const asked = result?.code === 'TooManyRequests' ? (result.retryAfterSeconds ?? 0) * 1000 : 0;
  return Math.min(Math.max(asked, READ_AGAIN_MS), MAX_READ_AGAIN_MS);
}

/** A refetchInterval for queries over server actions: read again when ARM made us wait, else not. */
export function readAgainInterval(query: { state: { data: ReadResult } }): number | false {
  return readAgainDelay(query.state.data);
}
