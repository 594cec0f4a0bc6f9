// What the create wizard's server actions hand the browser: choices for the Basics and Regions steps.
// Types only, shared by app and components.
import type { RegionOption } from './regions';

/** A subscription the wizard offers (enabled ones only). */
export interface SubscriptionOption {
  subscriptionId: string;
  displayName: string;
}

/** An existing resource group the wizard offers. */
export interface ResourceGroupOption {
  name: string;
  location: string;
}

/** A region a new resource group can be placed in. */
export interface GroupLocationOption {
  name: string;
  regionalDisplayName: string;
}

/** The regions of a subscription as the wizard uses them. */
export interface SubscriptionRegions {
  /** Regions that offer registries, recommended first. */
  registryRegions: RegionOption[];
  /** Physical regions of the subscription, for a new resource group. */
  groupLocations: GroupLocationOption[];
}

/** What final validation reports when it passed. */
export interface ValidationPassed {
  deploymentName: string;
  /** False for a new resource group: ARM can validate a deployment only in a group that exists. */
  checkedByArm: boolean;
}
