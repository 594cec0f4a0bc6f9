// Preflight of the create wizard: can the principal create a registry where it chose, and is the provider
// registered? Checked up front from the permissions API (ARM contract §3 "Permissions") and the provider's
// registrationState, instead of learning it from a failed deployment.

/** The action that creates or updates a registry. */
export const REGISTRY_WRITE_ACTION = 'Microsoft.MachineLearningServices/registries/write';
/** The action that submits a template deployment (the wizard creates through one). */
export const DEPLOYMENT_WRITE_ACTION = 'Microsoft.Resources/deployments/write';
/** The action that creates a resource group ("Create new"). */
export const RESOURCE_GROUP_WRITE_ACTION = 'Microsoft.Resources/subscriptions/resourceGroups/write';

/** The actions creating a registry needs; a new resource group also needs resourceGroups/write. */
export function requiredCreateActions(newResourceGroup: boolean): string[] {
  const actions = [REGISTRY_WRITE_ACTION, DEPLOYMENT_WRITE_ACTION];
  return newResourceGroup ? [...actions, RESOURCE_GROUP_WRITE_ACTION] : actions;
}

/** The outcome of the permission check at one scope. */
export interface PermissionCheck {
  /** The scope checked: the resource group, or the subscription for a new group. */
  scope: string;
  /** True when every required action is allowed. */
  allowed: boolean;
  /** The required actions the principal lacks there. */
  missing: string[];
}

/** Checks the required actions with a matcher over the principal's permissions at `scope`. */
export function checkCreatePermissions(
  scope: string,
  newResourceGroup: boolean,
  isAllowed: (action: string) => boolean,
): PermissionCheck {
  const missing = requiredCreateActions(newResourceGroup).filter((action) => !isAllowed(action));
  return { scope, allowed: missing.length === 0, missing };
}

/** Which roles would do (the seed doc: Owner or Contributor; else a custom role with the missing actions). */
export function rolesThatWouldAllow(missing: readonly string[]): string {
  const actions = missing.length > 0 ? missing.join(', ') : REGISTRY_WRITE_ACTION;
  return `Ask an administrator for the Owner or Contributor role here, or for a custom role that includes ${actions}.`;
}

/** Registration states of a resource provider (ARM contract §3 "Provider"). */
export type ProviderRegistrationState = 'Registered' | 'NotRegistered' | 'Registering' | 'Unregistering' | string;

/** True while the provider is moving between states, so the wizard keeps polling. */
export function isProviderTransitioning(state: ProviderRegistrationState): boolean {
  return state === 'Registering' || state === 'Unregistering';
}

/** Everything the Basics step needs to know before it lets the user go on. */
export interface PreflightResult {
  permissions: PermissionCheck;
  provider: { namespace: string; registrationState: ProviderRegistrationState; canRegister: boolean };
}

/** Why Next is blocked, or null when the preflight passed. */
export function preflightBlocker(result: PreflightResult): string | null {
  if (!result.permissions.allowed) return 'You do not have permission to create a registry here.';
  if (result.provider.registrationState !== 'Registered') {
    return `${result.provider.namespace} is not registered in this subscription yet.`;
  }
  return null;
}
