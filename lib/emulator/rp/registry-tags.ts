// A registry's tags propagate to its managed resource group and the resources in it
// (arm-contract.md §5: the managed RG's tags follow the registry's).
import type { RpContext } from '../context';
import type { RegistryRecord } from '../store/registries';
import { setResourceGroupTags } from '../store/resource-groups';
import { setOwnedResourceTags } from '../store/resources';

/** Copies the registry's current tags onto its managed resource group and owned resources. */
export function applyRegistryTags(ctx: RpContext, registry: RegistryRecord): void {
  setResourceGroupTags(ctx.emulator.db, registry.subscriptionId, registry.managedResourceGroup, registry.spec.tags);
  setOwnedResourceTags(ctx.emulator.db, registry.idKey, registry.spec.tags);
}
