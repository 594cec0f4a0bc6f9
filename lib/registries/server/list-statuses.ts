// Status for the registries list, from two sources read after the rows are shown (never delaying the first
// paint): each registry's own provisioningState through Resource Graph (the emulator reports Creating,
// Updating, Deleting, Failed, Succeeded; Azure's 2025-09 registries report none, arm-contract §1), and each
// resource group's deployment history, whose operations name the registry a template creates or deletes.
// A source that cannot be read makes the answer Unknown, never Ready.
import 'server-only';
import type { ArmClient } from '@/lib/arm/client';
import { listDeploymentOperations, listDeployments } from '@/lib/arm/deployments';
import { queryAllResources } from '@/lib/arm/resource-graph';
import { isRegistryId, REGISTRY_RESOURCE_TYPE_LOWER as REGISTRY_TYPE } from '@/lib/arm-facts/resource-types';
import { registryPath } from '@/lib/arm/paths';
import type { RegistryGroup, RegistryStatuses } from '@/lib/registries/registry-list';
import type { RegistryRef } from '@/lib/registries/registry-ref';
import { registryStatusFrom, type RegistryActivity } from '@/lib/registries/status';
import { mapWithLimit } from './map-with-limit';
import { ownStatesSeen } from './own-states-seen';

const MAX_PARALLEL_GROUPS = 8;
// The rows on screen (at most a first page, 40 rows) are what a person waits for: their groups' histories are
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
}

/** Statuses of the registries in `groups` (or only of `registryIds`, which must lie in `groups`). */
export async function listRegistryStatuses(client: ArmClient, groups: readonly RegistryGroup[], { registryIds }: RegistryStatusesOptions = {}): Promise<RegistryStatuses> {
  const unique = uniqueGroups(groups);
  const ids = registryIds ? [...new Set(registryIds.map((id) => id.toLowerCase()))] : undefined;
  const [own, history] = await Promise.all([readOwnStates(client, unique, ids).catch(() => null), readDeploymentActivities(client, unique, ids ? MAX_PARALLEL_SCREEN_GROUPS : MAX_PARALLEL_GROUPS)]);
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
export async function listScreenStatuses(client: ArmClient, registries: readonly RegistryRef[]): Promise<RegistryStatuses> {
  return listRegistryStatuses(
    client,
    registries.map(({ subscriptionId, resourceGroup }) => ({ subscriptionId, resourceGroup })),
    { registryIds: registries.map((r) => registryPath(r.subscriptionId, r.resourceGroup, r.name)) },
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

// One deployments list per group (`parallel` in flight), plus the operations of the few deployments that did
// not succeed: they say which registry a running or failed deployment is about.
async function readDeploymentActivities(client: ArmClient, groups: RegistryGroup[], parallel: number) {
  const activities = new Map<string, RegistryActivity[]>();
  const unreadable = new Set<string>();
  const add = (id: string, activity: RegistryActivity) => {
    const key = id.toLowerCase();
    activities.set(key, [...(activities.get(key) ?? []), activity]);
  };
  await mapWithLimit(groups, parallel, async (group) => {
    try {
      for (const deployment of await listDeployments(client, group.subscriptionId, group.resourceGroup)) {
        const state = deployment.properties?.provisioningState ?? 'Succeeded';
        const startedAt = deployment.properties?.timestamp;
        if (state.toLowerCase() === 'succeeded') {
          for (const output of deployment.properties?.outputResources ?? []) {
            if (output.id && isRegistryId(output.id)) add(output.id, { kind: 'create', status: 'Succeeded', startedAt });
          }
          continue;
        }
        if (!deployment.name) continue;
        const operations = await listDeploymentOperations(client, group.subscriptionId, group.resourceGroup, deployment.name);
        for (const operation of operations) {
          const target = operation.properties?.targetResource;
          if (!target?.id || target.resourceType?.toLowerCase() !== REGISTRY_TYPE) continue;
          const kind = operation.properties?.provisioningOperation === 'Delete' ? 'delete' : 'create';
          add(target.id, { kind, status: operation.properties?.provisioningState ?? state, startedAt });
        }
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
