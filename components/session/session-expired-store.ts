// Whether the session-expired notice is up: a tiny store outside React, so non-React callers (React Query's
// caches, plain promise handlers) can raise it. Deliberately not a 'use client' module: the query client
// module that imports it is evaluated on the server too.
import { isSessionExpiredError } from '@/lib/session/session-expired';

let expired = false;
const listeners = new Set<() => void>();

/** Sets the notice's state and tells the subscribers. */
export function setSessionExpired(next: boolean): void {
  if (expired === next) return;
  expired = next;
  for (const listener of listeners) listener();
}

/** The current state (useSyncExternalStore's snapshot). */
export function isSessionExpiredShown(): boolean {
  return expired;
}

/** Subscribes to changes (useSyncExternalStore's subscribe). */
export function subscribeSessionExpired(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Shows the notice when `error` says the session expired; true when it did (the caller may skip its own message). */
export function reportSessionExpired(error: unknown): boolean {
  if (!isSessionExpiredError(error)) return false;
  setSessionExpired(true);
  return true;
}
