// ARM list paging (arm-contract §4): `{value[], nextLink?}` where nextLink is absolute and opaque; keep
// fetching until it is null. Short or empty pages that still carry a nextLink are legal, so only the link
// decides when to stop. A nextLink on another host is refused: following it would hand over the bearer token.
import 'server-only';
import type { ArmClient } from './client';
import { budgetLeftMs } from './deadline';
import { isArmError } from './errors';
import type { ArmPage } from './wire-types';

// A server that keeps answering with links would otherwise loop forever.
const MAX_PAGES = 10_000;
// Pause before reading a failed page again when ARM named no Retry-After; at most this long whatever it said.
const PAGE_RETRY_PAUSE_MS = 1_000;
const MAX_PAGE_RETRY_PAUSE_MS = 5_000;

/** Paging options: `pageAttempts` reads a page that failed transiently again, resuming where the list was. */
export interface PagingOptions {
  pageAttempts?: number;
}

// No answer, a timeout, throttling or a server-side failure: worth one more read of the same page. A 4xx
// is ARM's answer and would be the same again.
function isTransient(error: unknown): boolean {
  if (!isArmError(error)) return false;
  return error.status === 0 || error.status === 408 || error.status === 429 || error.status >= 500;
}

// Reads one page, again after a pause while attempts remain, the failure is transient and a page's time
// budget (deadline.ts) leaves room for the pause; a page cut off by the budget is not read again.
async function sendPage<T>(client: ArmClient, request: Parameters<ArmClient['send']>[0], attempts: number): Promise<ArmPage<T> | undefined> {
  for (let attempt = 1; ; attempt++) {
    try {
      return (await client.send<ArmPage<T>>(request)).body;
    } catch (error) {
      const pauseMs = isArmError(error) && error.retryAfterSeconds !== undefined ? error.retryAfterSeconds * 1000 : PAGE_RETRY_PAUSE_MS;
      const pause = Math.min(pauseMs, MAX_PAGE_RETRY_PAUSE_MS);
      if (attempt >= attempts || !isTransient(error) || budgetLeftMs() <= pause) throw error;
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}

/** Yields each page's items, following nextLink on the client's own origin until it is null. */
export async function* listPages<T>(
  client: ArmClient,
  path: string,
  apiVersion: string,
  query?: Record<string, string>,
  options: PagingOptions = {},
): AsyncGenerator<T[]> {
  const seen = new Set<string>();
  let next: string | null | undefined = path;
  let first = true;
  while (next) {
    if (!first) assertSameOrigin(client, next);
    if (seen.has(next)) throw new Error(`ARM returned the same nextLink twice: ${next}`);
    if (seen.size >= MAX_PAGES) throw new Error(`Stopped paging ${path} after ${MAX_PAGES} pages`);
    seen.add(next);
    const body: ArmPage<T> | undefined = await sendPage<T>(client, { method: 'GET', path: next, apiVersion, query: first ? query : undefined }, options.pageAttempts ?? 1);
    first = false;
    yield body?.value ?? [];
    next = body?.nextLink;
  }
}

/** Every item of a list operation, across all pages. */
export async function listAll<T>(
  client: ArmClient,
  path: string,
  apiVersion: string,
  query?: Record<string, string>,
  options: PagingOptions = {},
): Promise<T[]> {
  const items: T[] = [];
  for await (const page of listPages<T>(client, path, apiVersion, query, options)) items.push(...page);
  return items;
}

function assertSameOrigin(client: ArmClient, link: string): void {
  let origin: string;
  try {
    origin = new URL(link).origin;
  } catch {
    throw new Error(`ARM returned a nextLink that is not an absolute URL: ${link}`);
  }
  if (origin !== client.endpoint) {
    throw new Error(`Refusing to follow a nextLink to ${origin}: it is not the ARM endpoint ${client.endpoint}.`);
  }
}
