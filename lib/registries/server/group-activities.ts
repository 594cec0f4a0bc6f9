// One resource group's registry activities, from its deployment history: every deployment, plus the operations
// of the few that did not succeed (they name the registry a running or failed template creates or deletes).
//
// Every full load of /registries reads the histories of the groups on its first screen, and everyone who
// opens the list sees the same first screen: at 40 concurrent people that was 20+ ARM reads per page and four
// times the ARM work of the page itself. So a read may be shared, per ARM client (one client per principal:
// what a principal may read never leaks to another):
// - reads of one group in flight at the same time are one ARM request;
// - a caller may accept a finished read up to `maxAgeMs` old. Only the server render of the list's first
//   screen does (SCREEN_HISTORY_MAX_AGE_MS): the browser's own status read, right after, asks ARM afresh and
//   replaces it, so a status on screen is at most that old for a moment. Failures are never kept.
// ARM is the truth of all of it; nothing here is needed by another replica.
import 'server-only';
import type { ArmClient } from '@/lib/arm/client';
import { listDeploymentOperations, listDeployments } from '@/lib/arm/deployments';
import { isRegistryId, REGISTRY_RESOURCE_TYPE_LOWER as REGISTRY_TYPE } from '@/lib/arm-facts/resource-types';
import type { RegistryGroup } from '@/lib/registries/registry-list';
import type { RegistryActivity } from '@/lib/registries/status';

/** How old a history the list's server render may show (the browser re-reads it at once). */
export const SCREEN_HISTORY_MAX_AGE_MS = 10_000;

/** A registry's activity, with the registry's ARM id (lowercase). */
export interface GroupActivity {
  registryId: string;
  activity: RegistryActivity;
}

interface Read {
  at: number;
  settled: boolean;
  activities: Promise<GroupActivity[]>;
}

// Past this many groups per principal the settled reads are dropped first: a 10,000-row list spans hundreds.
const MAX_GROUPS_PER_CLIENT = 2_000;
const reads = new WeakMap<ArmClient, Map<string, Read>>();

const keyOf = ({ subscriptionId, resourceGroup }: RegistryGroup) => `${subscriptionId}/${resourceGroup}`.toLowerCase();

/** The group's registry activities; a read in flight is shared, a finished one is taken if at most `maxAgeMs` old. */
export function readGroupActivities(client: ArmClient, group: RegistryGroup, { maxAgeMs = 0 }: { maxAgeMs?: number } = {}): Promise<GroupActivity[]> {
  let byGroup = reads.get(client);
  if (!byGroup) reads.set(client, (byGroup = new Map()));
  const key = keyOf(group);
  const known = byGroup.get(key);
  // maxAgeMs 0 never takes a finished read, even one that finished this very millisecond.
  if (known && (!known.settled || (maxAgeMs > 0 && Date.now() - known.at <= maxAgeMs))) return known.activities;
  if (byGroup.size >= MAX_GROUPS_PER_CLIENT) dropSettled(byGroup);
  const read: Read = { at: Date.now(), settled: false, activities: readFromArm(client, group) };
  byGroup.set(key, read);
  read.activities.then(
    () => {
      read.settled = true;
      // Its age counts from when ARM answered: that is when the history was true.
      read.at = Date.now();
    },
    () => {
      if (byGroup.get(key) === read) byGroup.delete(key);
    },
  );
  return read.activities;
}

function dropSettled(byGroup: Map<string, Read>): void {
  for (const [key, read] of byGroup) if (read.settled) byGroup.delete(key);
}

async function readFromArm(client: ArmClient, { subscriptionId, resourceGroup }: RegistryGroup): Promise<GroupActivity[]> {
  const found: GroupActivity[] = [];
  for (const deployment of await listDeployments(client, subscriptionId, resourceGroup)) {
    const state = deployment.properties?.provisioningState ?? 'Succeeded';
    const startedAt = deployment.properties?.timestamp;
    if (state.toLowerCase() === 'succeeded') {
      for (const output of deployment.properties?.outputResources ?? []) {
        if (output.id && isRegistryId(output.id)) found.push({ registryId: output.id.toLowerCase(), activity: { kind: 'create', status: 'Succeeded', startedAt } });
      }
      continue;
    }
    if (!deployment.name) continue;
    for (const operation of await listDeploymentOperations(client, subscriptionId, resourceGroup, deployment.name)) {
      const target = operation.properties?.targetResource;
      if (!target?.id || target.resourceType?.toLowerCase() !== REGISTRY_TYPE) continue;
      const kind = operation.properties?.provisioningOperation === 'Delete' ? 'delete' : 'create';
      found.push({ registryId: target.id.toLowerCase(), activity: { kind, status: operation.properties?.provisioningState ?? state, startedAt } });
    }
  }
  return found;
}
