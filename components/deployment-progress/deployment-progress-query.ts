// Query options for one deployment's progress, shared by the page's server prefetch (its key) and the client
// (fetch + polling). Polling goes through the console's own API route, so ARM tokens stay on the server. The
// interval is ARM's Retry-After as the server saw it (5 s when ARM sent none); polling stops at a terminal
// state, pauses while the tab is hidden and catches up when the window regains focus.
import { queryOptions, type Query } from '@tanstack/react-query';
import { readAgainDelay } from '@/lib/action-kit/reads-again';
import { isTerminalDeployment, type DeploymentRef } from '@/lib/registries/deployment-progress';
import type { DeploymentProgressResult } from '@/lib/registries/deployment-progress-types';


/** Seconds between polls when ARM sends no Retry-After. */
export const DEFAULT_POLL_SECONDS = 5;
// ARM's own ceiling for Retry-After is 10 minutes; a progress page should never wait longer than a minute.
const MAX_POLL_SECONDS = 60;

/** The console API path that returns a deployment's progress. */
export function deploymentProgressApiPath(ref: DeploymentRef): string {
  return ['', 'api', 'deployments', ref.subscriptionId, ref.resourceGroup, ref.name].map(encodeURIComponent).join('/');
}

/** Query key of one deployment's progress (names match ARM case-insensitively). */
export function deploymentProgressKey(ref: DeploymentRef) {
  return ['deployment-progress', ref.subscriptionId.toLowerCase(), ref.resourceGroup.toLowerCase(), ref.name.toLowerCase()] as const;
}

/** True when nothing about the deployment can change any more (or it does not exist). */
export function isFinalResult(result: DeploymentProgressResult | undefined): boolean {
  if (!result) return false;
  return result.ok ? isTerminalDeployment(result.view.state) : result.notFound;
}

/** Milliseconds until the next poll, or false to stop polling. */
export function pollIntervalMs(result: DeploymentProgressResult | undefined): number | false {
  if (isFinalResult(result)) return false;
  // ARM's budget ran out (throttling, or no answer): read on at once, or after the Retry-After ARM asked.
  const again = readAgainDelay(result);
  if (again !== false) return again;
  const seconds = result?.ok ? (result.retryAfterSeconds ?? DEFAULT_POLL_SECONDS) : DEFAULT_POLL_SECONDS;
  return Math.min(Math.max(seconds, 1), MAX_POLL_SECONDS) * 1000;
}

/** Fetches the progress from the console's API; any answer with a result body is data, not an exception. */
export async function fetchDeploymentProgress(ref: DeploymentRef, signal?: AbortSignal): Promise<DeploymentProgressResult> {
  const response = await fetch(deploymentProgressApiPath(ref), { signal, cache: 'no-store', headers: { accept: 'application/json' } });
  const body = (await response.json().catch(() => null)) as DeploymentProgressResult | null;
  if (!body || typeof body.ok !== 'boolean') throw new Error(`The console answered HTTP ${response.status} without a progress result.`);
  return body;
}

/** How long an answer spares a read on mount or focus: for good once final, ARM's Retry-After while it throttles, else not at all. */
export function freshForMs(result: DeploymentProgressResult | undefined): number {
  if (isFinalResult(result)) return Infinity;
  return result && !result.ok && result.code === 'TooManyRequests' ? readAgainDelay(result) || 0 : 0;
}

type ProgressQuery = Query<DeploymentProgressResult, Error, DeploymentProgressResult, ReturnType<typeof deploymentProgressKey>>;

/** The progress query of one deployment, polling as ARM asks until it ends. */
export function deploymentProgressQuery(ref: DeploymentRef) {
  return queryOptions({
    queryKey: deploymentProgressKey(ref),
    queryFn: ({ signal }) => fetchDeploymentProgress(ref, signal),
    refetchInterval: (query: ProgressQuery) => pollIntervalMs(query.state.data),
    refetchIntervalInBackground: false,
    refetchOnWindowFocus: true,
    // A running deployment is stale at once (focus catches up); a finished one never changes again; a
    // throttled read (the server render's, hydrated) is not read again on mount before its Retry-After.
    staleTime: (query: ProgressQuery) => freshForMs(query.state.data),
  });
}
