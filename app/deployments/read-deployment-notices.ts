// The notifications panel's deployments, read on the server: the resource groups of the deployments this
// browser follows are listed once each (GET …/deployments), and the panel shows the followed ones plus
// every other deployment those groups ran recently (started elsewhere, e.g. in another browser or the CLI).
import 'server-only';
import type { ArmClient } from '@/lib/arm/client';
import { listDeployments } from '@/lib/arm/deployments';
import { isArmError } from '@/lib/arm/errors';
import type { DeploymentRef } from '@/lib/registries/deployment-progress';
import { compareNoticesNewestFirst, deploymentNoticeOf, type DeploymentNotice } from '@/lib/registries/deployment-progress-notice';

/** How far back a resource group's other deployments count as recent. */
export const RECENT_WINDOW_MS = 24 * 60 * 60_000;
/** Entries the panel shows at most. */
export const MAX_NOTICES = 20;

const groupKey = (ref: Pick<DeploymentRef, 'subscriptionId' | 'resourceGroup'>) => `${ref.subscriptionId}/${ref.resourceGroup}`.toLowerCase();

/** Followed and recent deployments of the followed deployments' resource groups, newest first. */
export async function readDeploymentNotices(client: ArmClient, followed: DeploymentRef[], now = Date.now()): Promise<DeploymentNotice[]> {
  const groups = new Map<string, DeploymentRef>();
  for (const ref of followed) groups.set(groupKey(ref), ref);
  const followedNames = new Set(followed.map((ref) => `${groupKey(ref)}/${ref.name.toLowerCase()}`));
  const perGroup = await Promise.all(
    [...groups.values()].map(async (ref) => {
      try {
        return await listDeployments(client, ref.subscriptionId, ref.resourceGroup);
      } catch (e) {
        // A group deleted since, or no longer readable, simply has nothing to show.
        if (isArmError(e) && (e.status === 404 || e.status === 403)) return [];
        throw e;
      }
    }),
  );
  return perGroup
    .flat()
    .flatMap((wire) => deploymentNoticeOf(wire) ?? [])
    .filter((notice) => {
      const followedOne = followedNames.has(`${groupKey(notice.ref)}/${notice.ref.name.toLowerCase()}`);
      const recent = notice.startedAt !== null && now - Date.parse(notice.startedAt) <= RECENT_WINDOW_MS;
      return followedOne || recent || notice.state === 'running';
    })
    .sort(compareNoticesNewestFirst)
    .slice(0, MAX_NOTICES);
}
