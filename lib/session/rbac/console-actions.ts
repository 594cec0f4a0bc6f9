// The ARM actions the console checks before offering something, with the words the UI uses for each
// (arm-contract.md §3 "Permissions": the actions the app needs).

/** Actions by what they let the user do in the console. */
export const CONSOLE_ACTIONS = {
  registryRead: 'Microsoft.MachineLearningServices/registries/read',
  registryWrite: 'Microsoft.MachineLearningServices/registries/write',
  registryDelete: 'Microsoft.MachineLearningServices/registries/delete',
  assetsRead: 'Microsoft.MachineLearningServices/registries/assets/read',
  assetsWrite: 'Microsoft.MachineLearningServices/registries/assets/write',
  assetsDelete: 'Microsoft.MachineLearningServices/registries/assets/delete',
  deploymentWrite: 'Microsoft.Resources/deployments/write',
  resourceGroupWrite: 'Microsoft.Resources/subscriptions/resourceGroups/write',
  roleAssignmentRead: 'Microsoft.Authorization/roleAssignments/read',
  roleAssignmentWrite: 'Microsoft.Authorization/roleAssignments/write',
  roleAssignmentDelete: 'Microsoft.Authorization/roleAssignments/delete',
  roleDefinitionWrite: 'Microsoft.Authorization/roleDefinitions/write',
} as const;

/** One of the console's actions. */
export type ConsoleAction = (typeof CONSOLE_ACTIONS)[keyof typeof CONSOLE_ACTIONS];

const PHRASES: Record<string, string> = {
  [CONSOLE_ACTIONS.registryRead]: 'list registries and read their settings',
  [CONSOLE_ACTIONS.registryWrite]: 'create or update registries (tags, regions)',
  [CONSOLE_ACTIONS.registryDelete]: 'delete registries',
  [CONSOLE_ACTIONS.assetsRead]: 'browse and use assets in registries',
  [CONSOLE_ACTIONS.assetsWrite]: 'create assets in registries',
  [CONSOLE_ACTIONS.assetsDelete]: 'delete assets in registries',
  [CONSOLE_ACTIONS.deploymentWrite]: 'run template deployments',
  [CONSOLE_ACTIONS.resourceGroupWrite]: 'create resource groups',
  [CONSOLE_ACTIONS.roleAssignmentRead]: 'read role assignments',
  [CONSOLE_ACTIONS.roleAssignmentWrite]: 'assign roles',
  [CONSOLE_ACTIONS.roleAssignmentDelete]: 'remove role assignments',
  [CONSOLE_ACTIONS.roleDefinitionWrite]: 'create custom roles',
};

/** What an action lets a person do, in words ("delete registries"); the action itself when unknown. */
export function actionPhrase(action: string): string {
  const key = Object.keys(PHRASES).find((k) => k.toLowerCase() === action.toLowerCase());
  return key ? PHRASES[key] : action;
}

/** The actions "Check access" reports, in the order of the seed's permissions section. */
export const CHECKED_ACTIONS: readonly string[] = [
  CONSOLE_ACTIONS.registryRead,
  CONSOLE_ACTIONS.assetsRead,
  CONSOLE_ACTIONS.assetsWrite,
  CONSOLE_ACTIONS.assetsDelete,
  CONSOLE_ACTIONS.registryWrite,
  CONSOLE_ACTIONS.registryDelete,
  CONSOLE_ACTIONS.roleAssignmentWrite,
  CONSOLE_ACTIONS.roleAssignmentDelete,
];
