// Status for the registries list. Registries have no provisioningState (arm-contract §1); what ARM does list
// is a resource group's deployment history (Microsoft.Resources/deployments), whose operations name the
// registry they create. So: one deployments list per resource group that holds registries (at most 8 in
// flight), plus the operations of the few deployments that did not succeed. Registries no deployment
// touched are Ready. This runs after the rows are shown, so it never delays the first paint.
import 'server-only';
import type { ArmClient } from '@/lib/arm/client';
import { listDeploymentOperations, listDeployments } from '@/lib/arm/deployments';
import { mapWithLimit } from './map-with-limit';
import type { RegistryGroup, RegistryStatuses } from '@/lib/registries/registry-list';
import { deriveRegistryStatus, type RegistryActivity } from '@/lib/registries/status';
import { isRegistryId, REGISTRY_RESOURCE_TYPE_LOWER as REGISTRY_TYPE } from '@/lib/arm-facts/resource-types';

const MAX_PARALLEL_GROUPS = 8;

/** Non-Ready statuses of the registries in `groups`; a group whose history cannot be read is skipped. */
export async function listRegistryStatuses(client: ArmClient, groups: readonly RegistryGroup[]): Promise<RegistryStatuses> {
  const activities = new Map<string, RegistryActivity[]>();
  const add = (id: string, activity: RegistryActivity) => {
    const key = id.toLowerCase();
    activities.set(key, [...(activities.get(key) ?? []), activity]);
  };
  await mapWithLimit(uniqueGroups(groups), MAX_PARALLEL_GROUPS, async (group) => {
    const deployments = await listDeployments(client, group.subscriptionId, group.resourceGroup).catch(() => []);
    for (const deployment of deployments) {
      const state = deployment.properties?.provisioningState ?? 'Succeeded';
      const startedAt = deployment.properties?.timestamp;
      if (state.toLowerCase() === 'succeeded') {
        for (const output of deployment.properties?.outputResources ?? []) {
          if (output.id && isRegistryId(output.id)) add(output.id, { kind: 'create', status: 'Succeeded', startedAt });
        }
        continue;
      }
      if (!deployment.name) continue;
      // Only a running or failed deployment needs its operations: they say which registry it is about.
      const operations = await listDeploymentOperations(client, group.subscriptionId, group.resourceGroup, deployment.name).catch(() => []);
      for (const operation of operations) {
        const target = operation.properties?.targetResource;
        if (!target?.id || target.resourceType?.toLowerCase() !== REGISTRY_TYPE) continue;
        const kind = operation.properties?.provisioningOperation === 'Delete' ? 'delete' : 'create';
        add(target.id, { kind, status: operation.properties?.provisioningState ?? state, startedAt });
      }
    }
  });
  const statuses: RegistryStatuses = {};
  for (const [id, list] of activities) {
    const status = deriveRegistryStatus(list);
    if (status !== 'Ready') statuses[id] = status;
  }
  return statuses;
}


// Resource group names compare case-insensitively in ARM (arm-contract §4).
function uniqueGroups(groups: readonly RegistryGroup[]): RegistryGroup[] {
  const seen = new Map<string, RegistryGroup>();
  for (const group of groups) seen.set(`${group.subscriptionId}/${group.resourceGroup}`.toLowerCase(), group);
  return [...seen.values()];
}
