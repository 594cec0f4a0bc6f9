// Which registry a page or action is about. Route params and action arguments are untrusted: they are
// checked here (GUID subscription, ARM's resource group rule, the registry name rule) before they become
// ARM path segments, which lib/arm/paths validates once more.
import { registryNameSchema } from '@/lib/registries/names';
import { parseResourceRef } from '@/lib/registries/route-params';

/** A registry's address: subscription id, resource group and name. */
export interface RegistryRef {
  subscriptionId: string;
  resourceGroup: string;
  name: string;
}

/** The validated address, or null when any part is malformed (the page then answers 404). */
export function parseRegistryRef(input: unknown): RegistryRef | null {
  return parseResourceRef(input, registryNameSchema);
}
