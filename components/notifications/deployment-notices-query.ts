// Query options for the notifications panel: the followed deployments and their resource groups' recent ones,
// through the console's API (tokens stay on the server). It polls only while something is running — at the
// Retry-After ARM suggested, 5 s otherwise — and refreshes when the followed list changes or the window
// regains focus.
import { queryOptions, type Query } from '@tanstack/react-query';
import type { DeploymentRef } from '@/lib/registries/deployment-progress';
import type { DeploymentNoticesResult } from '@/lib/registries/deployment-progress-notice';


const DEFAULT_POLL_SECONDS = 5;

/** `/api/deployments?d=sub/rg/name&d=…` for the followed deployments. */
export function deploymentNoticesApiPath(followed: readonly DeploymentRef[]): string {
  const query = new URLSearchParams(followed.map((ref) => ['d', [ref.subscriptionId, ref.resourceGroup, ref.name].join('/')]));
  return `/api/deployments?${query.toString()}`;
}

/** Milliseconds until the next poll: only while a deployment is running. */
export function noticesPollMs(result: DeploymentNoticesResult | undefined): number | false {
  if (!result?.ok || !result.items.some((item) => item.state === 'running')) return false;
  return Math.max(result.retryAfterSeconds ?? DEFAULT_POLL_SECONDS, 1) * 1000;
}

type NoticesQuery = Query<DeploymentNoticesResult, Error, DeploymentNoticesResult, readonly unknown[]>;

/** The notifications query for a followed list. */
export function deploymentNoticesQuery(followed: readonly DeploymentRef[]) {
  const path = deploymentNoticesApiPath(followed);
  return queryOptions({
    queryKey: ['deployment-notices', path] as readonly unknown[],
    queryFn: async ({ signal }): Promise<DeploymentNoticesResult> => {
      const response = await fetch(path, { signal, cache: 'no-store', headers: { accept: 'application/json' } });
      const body = (await response.json().catch(() => null)) as DeploymentNoticesResult | null;
      if (!body || typeof body.ok !== 'boolean') throw new Error(`The console answered HTTP ${response.status} without notifications.`);
      return body;
    },
    enabled: followed.length > 0,
    refetchInterval: (query: NoticesQuery) => noticesPollMs(query.state.data),
    refetchIntervalInBackground: false,
    refetchOnWindowFocus: true,
    staleTime: (query: NoticesQuery) => (noticesPollMs(query.state.data) === false ? 30_000 : 0),
    // Keep showing the previous list while the followed list grows.
    placeholderData: (previous) => previous,
  });
}
