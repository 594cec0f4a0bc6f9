// Whether the principal may create a registry anywhere, from its permission blocks per enabled subscription:
// the wizard deploys a template (Microsoft.Resources/deployments/write) that creates the registry
// (Microsoft.MachineLearningServices/registries/write), so one subscription must allow both (arm-contract §3
// "Permissions"). Isomorphic and pure: the server reads the blocks, the list's button shows the answer.
import { can, type PermissionBlock } from './can';
import { CONSOLE_ACTIONS } from './console-actions';
import { missingPermissionMessage } from './missing-permission';

/** The ARM actions creating a registry through the wizard needs in one subscription. */
export const CREATE_REGISTRY_ACTIONS: readonly string[] = [CONSOLE_ACTIONS.registryWrite, CONSOLE_ACTIONS.deploymentWrite];

/** May the principal create a registry; when not, the tooltip sentence naming the missing permission. */
export type CreateAccess = { canCreate: true } | { canCreate: false; reason: string };

/** True when the blocks of one subscription allow every action creating a registry needs. */
export function allowsCreate(blocks: readonly PermissionBlock[]): boolean {
  return CREATE_REGISTRY_ACTIONS.every((action) => can(blocks, action));
}

/** The verdict from the blocks of each enabled subscription the principal sees (an empty list: none seen). */
export function createAccessFrom(perSubscription: readonly (readonly PermissionBlock[])[]): CreateAccess {
  if (perSubscription.some(allowsCreate)) return { canCreate: true };
  // Name the first action no subscription grants (registries/write for Reader, Registry User and no role).
  const missing = CREATE_REGISTRY_ACTIONS.find((action) => !perSubscription.some((blocks) => can(blocks, action))) ?? CREATE_REGISTRY_ACTIONS[0];
  const where = perSubscription.length === 0 ? 'on an enabled subscription (you can see none)' : 'on at least one enabled subscription';
  return { canCreate: false, reason: `${missingPermissionMessage(missing)} ${where} to create a registry.` };
}
