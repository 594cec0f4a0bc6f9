'use client';
// The last progress the page knew, and why it is stale: the console could not be reached (the poll itself
// failed — a restart, a dropped network), it was too busy to ask ARM in time, or ARM did not answer a poll.
// The page keeps showing that table, marked stale, instead of throwing it away for an error, and drops the
// mark on the next good answer.
import { useState } from 'react';
import type { DeploymentProgressResult, DeploymentProgressView } from '@/lib/registries/deployment-progress-types';

/** A table the page knew, from when, and why it is not current (null while it is). */
export interface LastKnownProgress {
  view: DeploymentProgressView;
  /** When it was read (ms since the epoch). */
  at: number;
  staleReason: string | null;
}

/** Why the latest poll left the page with older data, in words; null when the latest answer is good. */
export function staleReasonOf(data: DeploymentProgressResult | undefined, pollFailed: boolean): string | null {
  if (pollFailed) return "Can't reach the console";
  // The budget says when the time went to the console itself (lib/arm/deadline.ts): ARM is not blamed for it.
  if (data && !data.ok && data.code === 'ConsoleBusy') return 'The console is busy';
  if (data && !data.ok && !data.notFound) return `Couldn't read the deployment from Azure Resource Manager (${data.code})`;
  return null;
}

/** The last good view, kept across failed polls; `dataUpdatedAt` is the query's, `pollFailed` its failureReason. */
export function useLastKnownProgress(data: DeploymentProgressResult | undefined, dataUpdatedAt: number, pollFailed: boolean): LastKnownProgress | null {
  const [known, setKnown] = useState<{ view: DeploymentProgressView; at: number } | null>(data?.ok ? { view: data.view, at: dataUpdatedAt } : null);
  // Adjusting state while rendering (React's pattern for state derived from a changing prop).
  if (data?.ok && (known?.at !== dataUpdatedAt || known.view !== data.view)) setKnown({ view: data.view, at: dataUpdatedAt });
  if (!known) return null;
  return { ...known, staleReason: staleReasonOf(data, pollFailed) };
}
