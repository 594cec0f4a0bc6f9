// Which failures a page reads again by itself. A server render gives ARM a time budget (lib/arm/deadline.ts);
// when ARM was throttling or slower than that, the page shows why and the browser keeps reading (its
// server action runs outside any budget and waits out Retry-After), so the content appears as soon as ARM
// answers. Anything else is an answer a person must act on, and waits for their Retry.

const WAIT_AND_RETRY = new Set(['TooManyRequests', 'ServiceTimeout']);

/** How soon a query reads again after a failure it should not wait for a click on. */
export const READ_AGAIN_MS = 1_000;

/** Whether the page reads this answer again by itself: ARM was throttling, or slower than the render's budget. */
export function readsAgainByItself(result: { ok: boolean; code?: string } | undefined): boolean {
  return result?.ok === false && WAIT_AND_RETRY.has(result.code ?? '');
}

/** A refetchInterval for queries over server actions: read again soon while ARM asked us to wait, else not. */
export function readAgainInterval(query: { state: { data: { ok: boolean; code?: string } | undefined } }): number | false {
  return readsAgainByItself(query.state.data) ? READ_AGAIN_MS : false;
}
