// ARM resource-type strings the console names, in one place. ARM compares types case-insensitively
// (arm-contract §1); Resource Graph returns them lowercased, so queries and id checks use the lowercase form.

/** Microsoft.MachineLearningServices/registries, as ARM spells it in templates and resource bodies. */
export const REGISTRY_RESOURCE_TYPE = 'Microsoft.MachineLearningServices/registries';

/** The same type lowercased, as Resource Graph returns it and as ids are compared. */
export const REGISTRY_RESOURCE_TYPE_LOWER = REGISTRY_RESOURCE_TYPE.toLowerCase();

/** Microsoft.Resources/resourceGroups. */
export const RESOURCE_GROUP_RESOURCE_TYPE = 'Microsoft.Resources/resourceGroups';

/** True when an ARM id names a registry (or something under one), whatever its casing. */
export function isRegistryId(id: string): boolean {
  return id.toLowerCase().includes(`/providers/${REGISTRY_RESOURCE_TYPE_LOWER}/`);
}
