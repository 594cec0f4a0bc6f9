// What the console knows about the request it is serving, for its log line: the request id (the load
// balancer's X-Request-Id, or a new one) and the correlation ids ARM returned to the calls made for it.
// One AsyncLocalStorage per process, on globalThis: the console's server (scripts/console-server.ts)
// opens the context and Next's separately bundled server code (lib/arm) records into the same one.
// Node only; no React.
import { AsyncLocalStorage } from 'node:async_hooks';

/** One request's trace, filled in while it is served. */
export interface RequestContext {
  requestId: string;
  /** x-ms-correlation-request-id of each ARM response, in order, without repeats. */
  armCorrelationIds: string[];
  /** ARM calls made (attempts, retries included). */
  armCalls: number;
  /**
   * Set when a render's ARM time budget (lib/arm/deadline.ts) cut a call off: the code of the error the page
   * showed instead of ARM's answer (TooManyRequests, ServiceTimeout, ConsoleBusy). Operators count these
   * pages from the log; the read-load bench does too.
   */
  armBudgetSpent?: string;
}

const KEY = Symbol.for('registry-hub.request-context');

function storage(): AsyncLocalStorage<RequestContext> {
  const g = globalThis as { [KEY]?: AsyncLocalStorage<RequestContext> };
  g[KEY] ??= new AsyncLocalStorage<RequestContext>();
  return g[KEY];
}

/** Runs `fn` with `context` as the current request's. */
export function runWithRequestContext<T>(context: RequestContext, fn: () => T): T {
  return storage().run(context, fn);
}

/** The current request's context, or undefined outside a served request (scripts, tests, `next start`). */
export function currentRequestContext(): RequestContext | undefined {
  return storage().getStore();
}

/** Notes one ARM answer (or failed attempt) against the current request. */
export function recordArmCall(correlationId: string | undefined): void {
  const context = currentRequestContext();
  if (!context) return;
  context.armCalls++;
  if (correlationId && !context.armCorrelationIds.includes(correlationId) && context.armCorrelationIds.length < 20) {
    context.armCorrelationIds.push(correlationId);
  }
}

/** Notes that the current request's ARM time budget cut a call off, with the code the person was shown. */
export function recordArmBudgetSpent(code: string): void {
  const context = currentRequestContext();
  if (context) context.armBudgetSpent ??= code;
}
