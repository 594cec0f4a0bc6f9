// A time budget for what a person waits on. A server render wraps its ARM reads in withArmDeadline(ms, …):
// every ARM call inside gives up when the budget is spent — in flight, or asleep in a Retry-After wait — and
// fails with an honest ArmError ("Azure is throttling requests; retrying in 28 s", "Azure Resource Manager is
// not answering") that the page renders, instead of holding the response for ARM's 90 s per-attempt timeout.
// The browser's own reads (server actions, polls) get a longer bound (BROWSER_READ_BUDGET_MS), so a frozen
// ARM never holds the console's connections for minutes; clicked writes run outside any budget.
import { AsyncLocalStorage } from 'node:async_hooks';
import { setMaxListeners } from 'node:events';
import { ArmError } from './errors';

interface DeadlineScope {
  deadlineAt: number;
  budgetMs: number;
  /** When the last 429 inside the scope said ARM would take requests again (ms since the epoch). */
  throttledUntil: number | null;
  /** Aborted when a Retry-After reaches past the deadline: sleeping through the rest of the budget is pointless. */
  cutShort: AbortController;
  /** When the first ARM call inside the scope was sent (ms since the epoch), null before any. */
  firstCallAt: number | null;
  /** ARM calls inside the scope that got an answer (any status). */
  answered: number;
}

const storage = new AsyncLocalStorage<DeadlineScope>();

/**
 * What a server render gives ARM before it streams the page with the waiting part shown as such: the
 * registry page and the create wizard's first data (app/registries/create/read-budget.ts). A person
 * should see the page and why it waits within 3 s: the render, the stream and the browser's paint take the
 * rest (measured 0.6-1.3 s on the shared 2-core machine: a 2 s budget gave 2.8-3.4 s). A slow but healthy
 * ARM costs only a message: the browser reads on, within BROWSER_READ_BUDGET_MS.
 */
export const PAGE_ARM_BUDGET_MS = 1_500;

/**
 * The registries list's first page (app/registries/(list)/page.tsx): its shell and skeleton stream at once
 * (loading.tsx), so only the message waits on the budget; Resource Graph's first page of a large tenant
 * takes 1-2 s on the loaded test machine.
 */
export const LIST_ARM_BUDGET_MS = 2_500;

/**
 * The progress page's budget: its render reads the deployment, its operations, the registry and a GET per
 * managed resource (60 calls for a 28-region registry, 1.7-3.5 s on the loaded test machine). Its skeleton
 * streams at once (loading.tsx), but the message must be on screen within 3 s of a hung ARM: with 1.8 s it
 * came at 2.2-2.4 s on the shared machine (e2e/drills/arm-slow.isolated.spec.ts), too close. A render cut
 * short says "slow to answer", and the browser's poll fills the table in a moment later.
 */
export const PROGRESS_ARM_BUDGET_MS = 1_500;

/**
 * The bound of every read the browser asks for after the first paint (the list's next pages and statuses,
 * the registry page's panels, the wizard's re-reads, the progress and notification polls): long enough for
 * the heaviest healthy read (statuses of a 10,000-registry list) and a Retry-After of a few seconds, short
 * enough that a frozen ARM answers the browser an honest failure it reads again after, instead of holding
 * a connection for ARM's 90 s per attempt (times the SDK's retries).
 */
export const BROWSER_READ_BUDGET_MS = 20_000;

/**
 * Runs `fn` with every ARM call inside it bounded to `budgetMs` from now. Inside a tighter budget (a page
 * render calling an action that bounds itself) the tighter one stays: the page's promise to the person wins.
 */
export function withArmDeadline<T>(budgetMs: number, fn: () => Promise<T>): Promise<T> {
  const outer = storage.getStore();
  if (outer && outer.deadlineAt <= Date.now() + budgetMs) return fn();
  const cutShort = new AbortController();
  // Every ARM call in flight inside the budget listens to it (deadlineSignal): a render reads 20+ at once.
  setMaxListeners(0, cutShort.signal);
  return storage.run({ deadlineAt: Date.now() + budgetMs, budgetMs, throttledUntil: null, cutShort, firstCallAt: null, answered: 0 }, fn);
}

/** A call's signal: fires when the current budget is spent or `signal` fires. `release` once the call is done. */
export interface DeadlineSignal {
  signal: AbortSignal | undefined;
  release: () => void;
}

/**
 * The signal that fires when the current budget is spent (combined with `signal`), or `signal` outside a budget.
 * Not AbortSignal.any([…, AbortSignal.timeout(ms)]): on Node 20 a garbage collection can drop the timeout
 * source of a combined signal, which then never fires, and the call waits out ARM's 90 s (a CI run lost a
 * hung read that way). Here the timer holds the controller until it fires or the call releases it.
 */
export function deadlineSignal(signal: AbortSignal | undefined): DeadlineSignal {
  const scope = storage.getStore();
  if (!scope) return { signal, release: () => undefined };
  const controller = new AbortController();
  const sources = [scope.cutShort.signal, ...(signal ? [signal] : [])];
  const follow = (event: Event) => controller.abort((event.target as AbortSignal).reason);
  for (const source of sources) {
    if (source.aborted) controller.abort(source.reason);
    else source.addEventListener('abort', follow, { once: true });
  }
  const timer = setTimeout(
    () => controller.abort(new DOMException('The time budget of this ARM call is spent.', 'TimeoutError')),
    Math.max(1, scope.deadlineAt - Date.now()),
  );
  return {
    signal: controller.signal,
    release: () => {
      clearTimeout(timer);
      for (const source of sources) source.removeEventListener('abort', follow);
    },
  };
}

/** Milliseconds left in the current budget (Infinity outside one): a retry that would outlast it is pointless. */
export function budgetLeftMs(): number {
  const scope = storage.getStore();
  return scope ? scope.deadlineAt - Date.now() : Infinity;
}

/** Notes that an ARM call is being sent now: who spent the budget (ARM, or the console before asking) is told from it. */
export function noteArmCallSent(): void {
  const scope = storage.getStore();
  if (scope && scope.firstCallAt === null) scope.firstCallAt = Date.now();
}

/** Notes that an ARM call got an answer (any status): ARM is up, if slow. */
export function noteArmAnswered(): void {
  const scope = storage.getStore();
  if (scope) scope.answered++;
}

/** Notes a 429's Retry-After (seconds) against the current budget. */
export function noteThrottled(retryAfterSeconds: number | undefined): void {
  const scope = storage.getStore();
  if (!scope) return;
  scope.throttledUntil = Date.now() + (retryAfterSeconds ?? 0) * 1000;
  // The person would wait out the whole budget only to be told Azure is throttling: tell them now.
  if (scope.throttledUntil >= scope.deadlineAt) scope.cutShort.abort();
}

/** The error for a call cut off by the budget (spent, or cut short by throttling), or null (none, or not spent). */
export function deadlineExceeded(): ArmError | null {
  const scope = storage.getStore();
  if (!scope || (!scope.cutShort.signal.aborted && Date.now() < scope.deadlineAt - 5)) return null;
  if (scope.throttledUntil !== null && scope.throttledUntil > Date.now()) {
    const seconds = Math.ceil((scope.throttledUntil - Date.now()) / 1000);
    return new ArmError({
      status: 429,
      code: 'TooManyRequests',
      message: `Azure is throttling requests; retrying in ${seconds} s.`,
      retryAfterSeconds: seconds,
    });
  }
  return new ArmError({ status: 0, ...spentBudgetWords(scope) });
}

// Whose time ran out, as far as the console can tell: ARM asked early and silent, ARM answering but not
// done, or the console itself, which asked ARM late (its event loop or its own queue held the request).
function spentBudgetWords(scope: DeadlineScope): { code: string; message: string } {
  const within = `${Number((scope.budgetMs / 1000).toFixed(1))} s`;
  const armHadMs = scope.firstCallAt === null ? 0 : scope.deadlineAt - scope.firstCallAt;
  if (armHadMs < scope.budgetMs / 2) {
    return { code: 'ConsoleBusy', message: `The console is busy right now and could not read from Azure Resource Manager within ${within}.` };
  }
  if (scope.answered > 0) {
    return { code: 'ServiceTimeout', message: `Azure Resource Manager is slow to answer (not done within ${within}).` };
  }
  return { code: 'ServiceTimeout', message: `Azure Resource Manager is not answering (no reply within ${within}).` };
}
