// The statuses of the rows a full load of /registries shows first, read in the same server render as the rows
// and streamed after them (the page passes the promise to the list, whose status cells wait in Suspense), so
// they arrive a few hundred ms after the rows instead of after hydration and the rest of a 10,000-row list.
// When the read needs no ARM request at all (the rows' own states came with them, their groups' histories were
// read moments ago), the rows are rendered with their statuses instead.
// Not a server action: it takes rows the server itself has just read, never ids from a browser. Everyone who
// opens the list renders the same first screen, so its groups' histories may be shared (group-activities.ts).
import 'server-only';
import type { ScreenStatusesRead } from '@/components/registries/screen-statuses';
import { withArmDeadline } from '@/lib/arm/deadline';
import type { RegistryList, RegistryStatuses } from '@/lib/registries/registry-list';
import { SCREEN_HISTORY_MAX_AGE_MS } from '@/lib/registries/server/group-activities';
import { listScreenStatuses } from '@/lib/registries/server/list-statuses';
import { getConsoleArmClient } from '@/lib/session/arm-client';

// The response stays open until these statuses are streamed: past this the page is not held open on a slow
// ARM, and the browser reads them itself (use-list-statuses.ts). Longer than the rows' own 2.5 s: the rows are
// already on screen, and giving up only makes the browser start the same reads again later.
const SCREEN_STATUS_BUDGET_MS = 3_000;

/** Statuses of the list's first page (which holds every row on screen); null when not read within the budget. */
export async function readScreenStatuses({ rows }: RegistryList): Promise<RegistryStatuses | null> {
  if (rows.length === 0) return null;
  const started = Date.now();
  const client = await getConsoleArmClient();
  const statuses = await withArmDeadline(SCREEN_STATUS_BUDGET_MS, () => listScreenStatuses(client, rows, { historyMaxAgeMs: SCREEN_HISTORY_MAX_AGE_MS })).catch(() => null);
  // Cut short by the budget, the groups still unread would say Unknown where ARM was only slow: leave them
  // to the browser's read, which waits for ARM.
  return statuses && Date.now() - started < SCREEN_STATUS_BUDGET_MS ? statuses : null;
}

/**
 * The on-screen statuses for the render of `list`: their value when the read settles before the event loop's
 * next turn (it waited on no I/O), else the promise, which the status cells stream from; null when the read
 * settled with nothing (the browser reads them).
 */
export async function screenStatusesForRender(list: RegistryList): Promise<ScreenStatusesRead | null> {
  const statuses = readScreenStatuses(list);
  // Each cell waiting on a promise costs the render a Suspense boundary, a stand-in badge, a hidden copy of the
  // badge and a script that swaps them (17 of each on a laptop's first screen), and the browser the swaps.
  const settled = await settledThisTurn(statuses);
  if (!settled) return { fetchedAt: list.fetchedAt, statuses };
  return settled.value ? { fetchedAt: list.fetchedAt, statuses: settled.value } : null;
}

// `{ value }` if the promise fulfils before the event loop's next turn, else null (a rejection is left to whoever
// awaits the promise next).
function settledThisTurn<T>(promise: Promise<T>): Promise<{ value: T } | null> {
  return new Promise((resolve) => {
    const nextTurn = setImmediate(() => resolve(null));
    promise.then(
      (value) => {
        clearImmediate(nextTurn);
        resolve({ value });
      },
      () => {
        clearImmediate(nextTurn);
        resolve(null);
      },
    );
  });
}
