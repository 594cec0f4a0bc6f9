// Status for the registries list, from two sources read after the rows are shown (never delaying the first
// paint): each registry's own provisioningState through Resource Graph (the emulator reports Creating,
// Updating, Deleting, Failed, Succeeded; Azure's 2025-09 registries report none, arm-contract §1), and each
// resource group's deployment history, whose operations name the registry a template creates or deletes.
// A source that cannot be read makes the answer Unknown, never Ready.
import 'server-only';
import type { ArmClient } from '@/lib/arm/client';
import { queryAllResources } from '@/lib/arm/resource-graph';
import { REGISTRY_RESOURCE_TYPE_LOWER as REGISTRY_TYPE } from '@/lib/arm-facts/resource-types';
import { registryPath } from '@/lib/arm/paths';
import type { RegistryGroup, RegistryStatuses } from '@/lib/registries/registry-list';
import type { RegistryRef } from '@/lib/registries/registry-ref';
import { registryStatusFrom, type RegistryActivity } from '@/lib/registries/status';
import { readGroupActivities } from './group-activities';
import { mapWithLimit } from './map-with-limit';
import { ownStatesSeen } from './own-states-seen';

const MAX_PARALLEL_GROUPS = 8;
// The rows on screen (at most a first page, 25 rows) are what a person waits for: their groups' histories are
// read two rounds deep rather than five. ARM's read limits are per hour and per subscription bucket (hundreds),
// not on requests in flight; the whole list's hundreds of groups keep the smaller bound.
const MAX_PARALLEL_SCREEN_GROUPS = 20;
const groupKey = (subscriptionId: string, resourceGroup: string) => `${subscriptionId}/${resourceGroup}`.toLowerCase();

interface OwnState {
  id: string;
  group: string;
  state: string | null;
}

/** Options of listRegistryStatuses. */
export interface RegistryStatusesOptions {
  /**
   * Only these registries (the rows on screen): their own states are read by id (one small Resource Graph
   * request, not every registry of their subscriptions), each gets an explicit status, and rows outside them
   * stay unread (`otherwise` null), never Ready by default.
   */
  registryIds?: readonly string[];
  /** How old a group's deployment history may be (group-activities.ts); 0, the default, asks ARM. */
  historyMaxAgeMs?: number;
}

/** Statuses of the registries in `groups` (or only of `registryIds`, which must lie in `groups`). */
export async function listRegistryStatuses(client: ArmClient, groups: readonly RegistryGroup[], { registryIds, historyMaxAgeMs = 0 }: RegistryStatusesOptions = {}): Promise<RegistryStatuses> {
  const unique = uniqueGroups(groups);
  const ids = registryIds ? [...new Set(registryIds.map((id) => id.toLowerCase()))] : undefined;
  const [own, history] = await Promise.all([readOwnStates(client, unique, ids).catch(() => null), readDeploymentActivities(client, unique, ids ? MAX_PARALLEL_SCREEN_GROUPS : MAX_PARALLEL_GROUPS, historyMaxAgeMs)]);
  const byId: RegistryStatuses['byId'] = {};
  const known = new Set([...(own ?? []).map((r) => r.id), ...history.activities.keys()]);
  const ownById = new Map((own ?? []).map((r) => [r.id, r]));
  for (const id of known) {
    const state = ownById.get(id);
    const group = state?.group ?? groupOfId(id);
    byId[id] = registryStatusFrom(state?.state ?? null, history.activities.get(id) ?? [], !history.unreadable.has(group));
  }
  // Without Resource Graph the registries no deployment touched cannot be enumerated, let alone read.
  const otherwise = own ? 'Ready' : 'Unknown';
  if (!ids) return { byId, otherwise };
  return { byId: Object.fromEntries(ids.map((id) => [id, byId[id] ?? otherwise])), otherwise: null };
}

/** Statuses of the registries on screen, each one read (one Resource Graph request by id, their groups' histories). */
export async function listScreenStatuses(client: ArmClient, registries: readonly RegistryRef[], { historyMaxAgeMs = 0 }: Pick<RegistryStatusesOptions, 'historyMaxAgeMs'> = {}): Promise<RegistryStatuses> {
  return listRegistryStatuses(
    client,
    registries.map(({ subscriptionId, resourceGroup }) => ({ subscriptionId, resourceGroup })),
    { registryIds: registries.map((r) => registryPath(r.subscriptionId, r.resourceGroup, r.name)), historyMaxAgeMs },
  );
}

// One query for every registry in the groups' subscriptions (or for the given ids); rows outside the groups are dropped.
async function readOwnStates(client: ArmClient, groups: RegistryGroup[], ids: readonly string[] | undefined): Promise<OwnState[]> {
  if (groups.length === 0 || ids?.length === 0) return [];
  // In the render that has just listed these rows, that same Resource Graph answer already said.
  const seen = ownStatesSeen();
  if (ids?.every((id) => seen.has(id))) return ids.map((id) => ({ id, group: groupOfId(id), state: seen.get(id) ?? null }));
  const wanted = new Set(groups.map((g) => groupKey(g.subscriptionId, g.resourceGroup)));
  // ARG compares `in~` case-insensitively; ids are ARM ids (no quotes), quoted defensively all the same.
  const byId = ids ? ` and id in~ (${ids.map((id) => `'${id.replaceAll("'", "\\'")}'`).join(', ')})` : '';
  const { rows } = await queryAllResources<{ id: string; subscriptionId: string; resourceGroup: string; properties?: { provisioningState?: string } }>(client, {
    query: `Resources | where type =~ '${REGISTRY_TYPE}'${byId} | project id, subscriptionId, resourceGroup, properties`,
    subscriptions: [...new Set(groups.map((g) => g.subscriptionId))],
  });
  return rows
    .map((row) => ({ id: row.id.toLowerCase(), group: groupKey(row.subscriptionId, row.resourceGroup), state: row.properties?.provisioningState ?? null }))
    .filter((row) => wanted.has(row.group));
}

// Each group's history (`parallel` groups in flight; group-activities.ts reads and may share them).
async function readDeploymentActivities(client: ArmClient, groups: RegistryGroup[], parallel: number, maxAgeMs: number) {
  const activities = new Map<string, RegistryActivity[]>();
  const unreadable = new Set<string>();
  await mapWithLimit(groups, parallel, async (group) => {
    try {
      for (const { registryId, activity } of await readGroupActivities(client, group, { maxAgeMs })) {
        activities.set(registryId, [...(activities.get(registryId) ?? []), activity]);
      }
    } catch {
      unreadable.add(groupKey(group.subscriptionId, group.resourceGroup));
    }
  });
  return { activities, unreadable };
}

function groupOfId(id: string): string {
  const parts = id.toLowerCase().split('/');
  return `${parts[2] ?? ''}/${parts[4] ?? ''}`;
}

// Resource group names compare case-insensitively in ARM (arm-contract §4).
function uniqueGroups(groups: readonly RegistryGroup[]): RegistryGroup[] {
  const seen = new Map<string, RegistryGroup>();
  for (const group of groups) seen.set(groupKey(group.subscriptionId, group.resourceGroup), group);
  return [...seen.values()];
}
