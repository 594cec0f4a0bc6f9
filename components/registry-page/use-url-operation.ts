'use client';
// The registry page's running operation, mirrored into the URL (operation-url.ts) so a reload or a shared
// link resumes it. The URL is written with history.replaceState, as the tabs are: it replaces the entry (a
// running operation is not a place to go Back to) and, unlike a router navigation, neither re-renders the
// page on the server nor remounts it, so the finished banner stays up after the parameters are cleared.
import { usePathname, useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useState } from 'react';
import type { StartedOperation } from '@/lib/registries/operation-types';
import { operationFromSearchParams, searchWithOperation } from '@/lib/registries/operation-url';

/** The page's operation state and what changes it. */
export interface UrlOperation {
  /** The operation to show (running or just finished), or null. */
  operation: StartedOperation | null;
  /** True once the operation reached a terminal state (or cannot be followed). */
  ended: boolean;
  /** Why the URL's operation cannot be followed, when it cannot. */
  invalidReason: string | null;
  /** Shows and follows an operation an action just started. */
  start: (operation: StartedOperation) => void;
  /** The operation ended: the URL forgets it, the banner stays until dismissed. */
  end: () => void;
  /** The banner was dismissed. */
  dismiss: () => void;
}

/** Follows the operation in the URL of the page of registry `registryName`. */
export function useUrlOperation(registryName: string): UrlOperation {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  // Read once: later URL changes are this hook's own writes.
  const [initial] = useState(() => operationFromSearchParams(searchParams, registryName));
  const [operation, setOperation] = useState<StartedOperation | null>(initial.state === 'follow' ? initial.operation : null);
  const [invalidReason, setInvalidReason] = useState<string | null>(initial.state === 'invalid' ? initial.reason : null);
  const [ended, setEnded] = useState(false);

  const writeUrl = useCallback(
    (next: StartedOperation | null) => {
      // window.location, not the hook's searchParams: a tab chosen meanwhile is kept.
      const query = searchWithOperation(new URLSearchParams(window.location.search), next).toString();
      window.history.replaceState(null, '', query ? `${pathname}?${query}` : pathname);
    },
    [pathname],
  );
  // A link whose operation cannot be followed is said so once; the URL stops carrying it.
  useEffect(() => {
    if (initial.state === 'invalid') writeUrl(null);
  }, [initial.state, writeUrl]);

  const start = useCallback(
    (next: StartedOperation) => {
      setInvalidReason(null);
      setEnded(false);
      setOperation(next);
      writeUrl(next);
    },
    [writeUrl],
  );
  const end = useCallback(() => {
    setEnded(true);
    writeUrl(null);
  }, [writeUrl]);
  const dismiss = useCallback(() => {
    setOperation(null);
    setInvalidReason(null);
    writeUrl(null);
  }, [writeUrl]);
  return { operation, ended, invalidReason, start, end, dismiss };
}
