// One poll of a running operation as the page's status route answers it, and the React Query options
// that poll it: the interval follows ARM's Retry-After, polling stops at a terminal status.
import { queryOptions } from '@tanstack/react-query';
import { SessionExpiredError } from '@/lib/session/session-expired';
import type { RegistryRef } from '@/lib/registries/registry-ref';
import { registryHref } from '@/lib/registries/registry-href';
import type { OperationPoll } from '@/lib/registries/operation-types';


/** Fallback interval when ARM sent no Retry-After. */
export const DEFAULT_POLL_SECONDS = 5;
// The emulator at test speed asks for 1 s; never poll faster than this, nor slower than once a minute.
const MIN_POLL_MS = 1000;
const MAX_POLL_MS = 60_000;

/** True once the operation has ended. */
export function isTerminal(poll: OperationPoll | undefined): boolean {
  return poll !== undefined && poll.status !== 'InProgress';
}

/** Milliseconds until the next poll, from ARM's Retry-After. */
export function pollIntervalMs(poll: OperationPoll | undefined, initialRetryAfter: number | null): number {
  const seconds = poll?.retryAfterSeconds ?? initialRetryAfter ?? DEFAULT_POLL_SECONDS;
  return Math.min(MAX_POLL_MS, Math.max(MIN_POLL_MS, seconds * 1000));
}

/** The status route's answer for a handle no later poll can follow: refused (400), not ours (403) or unknown (404). */
export class UnfollowableOperationError extends Error {
  override name = 'UnfollowableOperationError';
}

// Answers that mean "stop polling": the handle is refused, or ARM says the operation is not the caller's to read.
const UNFOLLOWABLE = new Set([400, 403, 404]);

async function fetchPoll(ref: RegistryRef, handle: string): Promise<OperationPoll> {
  // The handle may come from a shared URL: it is a path segment here, never trusted as one.
  const response = await fetch(`${registryHref(ref)}/operations/${encodeURIComponent(handle)}`, { cache: 'no-store' });
  // Without a session the proxy sends page GETs to sign-in: the answer is that page, not JSON.
  if (response.redirected && new URL(response.url).pathname === '/signin') throw new SessionExpiredError();
  const body = (await response.json().catch(() => ({ message: `Status read failed (HTTP ${response.status})` }))) as OperationPoll | { message: string };
  const message = 'message' in body ? body.message : `Status read failed (HTTP ${response.status})`;
  if (UNFOLLOWABLE.has(response.status)) throw new UnfollowableOperationError(message);
  if (!response.ok) throw new Error(message);
  return body as OperationPoll;
}

// Polling ends at a terminal status, at an answer no later poll changes, and when the session is gone.
function isStopped(poll: OperationPoll | undefined, error: Error | null): boolean {
  return isTerminal(poll) || error instanceof UnfollowableOperationError || error instanceof SessionExpiredError;
}

/** The polling query of one operation. */
export function operationPollQuery(ref: RegistryRef, handle: string, initialRetryAfter: number | null) {
  return queryOptions({
    queryKey: ['registry-operation', handle] as const,
    queryFn: () => fetchPoll(ref, handle),
    staleTime: 0,
    // A failed status read is retried by the next poll; the operation itself is not failed by it.
    retry: false,
    refetchInterval: (query) => (isStopped(query.state.data, query.state.error) ? false : pollIntervalMs(query.state.data, initialRetryAfter)),
    refetchIntervalInBackground: false,
    refetchOnWindowFocus: (query) => !isStopped(query.state.data, query.state.error),
  });
}
