// A time budget for what a person waits on. A server render wraps its ARM reads in withArmDeadline(ms, …):
// every ARM call inside gives up when the budget is spent — in flight, or asleep in a Retry-After wait — and
// fails with an honest ArmError ("Azure is throttling requests; retrying in 28 s", "Azure Resource Manager is
// not answering") that the page renders, instead of holding the response for ARM's 90 s per-attempt timeout.
// Server actions and polling run outside any budget: they are not what the first paint waits on.
import { AsyncLocalStorage } from 'node:async_hooks';
import { ArmError } from './errors';

interface DeadlineScope {
  deadlineAt: number;
  budgetMs: number;
  /** When the last 429 inside the scope said ARM would take requests again (ms since the epoch). */
  throttledUntil: number | null;
  /** Aborted when a Retry-After reaches past the deadline: sleeping through the rest of the budget is pointless. */
  cutShort: AbortController;
}

const storage = new AsyncLocalStorage<DeadlineScope>();

/**
 * What a server render gives ARM before it streams the page with the waiting part shown as such: the
 * registry page and the create wizard's first data (the list has its own, 2.5 s, in
 * app/registries/page.tsx). A person should see the page and why it waits within 3 s: the render, the
 * stream and the browser's paint take the rest (measured 0.6-1.3 s on the shared 2-core machine: a 2 s
 * budget gave 2.8-3.4 s). A slow but healthy ARM costs only a message: the browser reads on, unbudgeted.
 */
export const PAGE_ARM_BUDGET_MS = 1_500;

/**
 * The progress page's budget: its render reads the deployment, its operations, the registry and a GET per
 * managed resource (60 calls for a 28-region registry, 1.7-3.5 s on the loaded test machine), and a render
 * cut short shows an error where a healthy ARM had the table; the browser's poll reads on either way.
 */
export const PROGRESS_ARM_BUDGET_MS = 2_500;

/** Runs `fn` with every ARM call inside it bounded to `budgetMs` from now. */
export function withArmDeadline<T>(budgetMs: number, fn: () => Promise<T>): Promise<T> {
  return storage.run({ deadlineAt: Date.now() + budgetMs, budgetMs, throttledUntil: null, cutShort: new AbortController() }, fn);
}

/** The signal that fires when the current budget is spent (combined with `signal`), or `signal` outside a budget. */
export function deadlineSignal(signal: AbortSignal | undefined): AbortSignal | undefined {
  const scope = storage.getStore();
  if (!scope) return signal;
  const timeout = AbortSignal.timeout(Math.max(1, scope.deadlineAt - Date.now()));
  return AbortSignal.any([scope.cutShort.signal, timeout, ...(signal ? [signal] : [])]);
}

/** Milliseconds left in the current budget (Infinity outside one): a retry that would outlast it is pointless. */
export function budgetLeftMs(): number {
  const scope = storage.getStore();
  return scope ? scope.deadlineAt - Date.now() : Infinity;
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
  return new ArmError({
    status: 0,
    code: 'ServiceTimeout',
    message: `Azure Resource Manager is not answering (no reply within ${Number((scope.budgetMs / 1000).toFixed(1))} s).`,
  });
}
