// Azure built-in role definitions the emulator knows, with their real GUIDs and permissions
// (arm-contract.md §3 "Role assignments"; Learn "Azure built-in roles").

/** One permission block of a role definition. */
export interface Permission {
  actions: string[];
  notActions: string[];
  dataActions: string[];
  notDataActions: string[];
}

/** A role definition as the store keeps it. */
export interface RoleDefinitionData {
  id: string;
  roleName: string;
  roleType: 'BuiltInRole' | 'CustomRole';
  description: string;
  permissions: Permission[];
  assignableScopes: string[];
  /** When the store created / last updated it (ISO); set on records read from the store. */
  createdOn?: string;
  updatedOn?: string;
}

const perm = (actions: string[], notActions: string[] = []): Permission => ({ actions, notActions, dataActions: [], notDataActions: [] });

/** Role GUIDs by role name, for seeds and tests. */
export const ROLE_IDS = {
  owner: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635',
  contributor: 'b24988ac-6180-42a0-ab88-20f7382dd24c',
  reader: 'acdd72a7-3385-48ef-bd42-f606fba81ae7',
  userAccessAdministrator: '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9',
  azureMlRegistryUser: '1823dd4f-9b8c-4ab6-ab4e-7397a3684615',
  azureMlDataScientist: 'f6c7c914-8db3-469d-8ca1-694a8f32e121',
} as const;

/** The built-in roles seeded into every emulator database. */
export const BUILT_IN_ROLES: readonly RoleDefinitionData[] = [
  {
    id: ROLE_IDS.owner,
    roleName: 'Owner',
    roleType: 'BuiltInRole',
    description: 'Grants full access to manage all resources, including the ability to assign roles in Azure RBAC.',
    permissions: [perm(['*'])],
    assignableScopes: ['/'],
  },
  {
    id: ROLE_IDS.contributor,
    roleName: 'Contributor',
    roleType: 'BuiltInRole',
    description:
      'Grants full access to manage all resources, but does not allow you to assign roles in Azure RBAC, manage assignments in Azure Blueprints, or share image galleries.',
    permissions: [
      perm(
        ['*'],
        [
          'Microsoft.Authorization/*/Delete',
          'Microsoft.Authorization/*/Write',
          'Microsoft.Authorization/elevateAccess/Action',
          'Microsoft.Blueprint/blueprintAssignments/write',
          'Microsoft.Blueprint/blueprintAssignments/delete',
          'Microsoft.Compute/galleries/share/action',
          'Microsoft.Purview/consents/write',
          'Microsoft.Purview/consents/delete',
          'Microsoft.Resources/deploymentStacks/manageDenySetting/action',
          'Microsoft.Subscription/cancel/action',
          'Microsoft.Subscription/enable/action',
        ],
      ),
    ],
    assignableScopes: ['/'],
  },
  {
    id: ROLE_IDS.reader,
    roleName: 'Reader',
    roleType: 'BuiltInRole',
    description: 'View all resources, but does not allow you to make any changes.',
    permissions: [perm(['*/read'])],
    assignableScopes: ['/'],
  },
  {
    id: ROLE_IDS.userAccessAdministrator,
    roleName: 'User Access Administrator',
    roleType: 'BuiltInRole',
    description: 'Lets you manage user access to Azure resources.',
    permissions: [perm(['*/read', 'Microsoft.Authorization/*', 'Microsoft.Support/*'])],
    assignableScopes: ['/'],
  },
  {
    id: ROLE_IDS.azureMlRegistryUser,
    roleName: 'AzureML Registry User',
    roleType: 'BuiltInRole',
    description: 'Can perform all actions on Machine Learning Services Registry assets as well as get Registry resources.',
    permissions: [perm(['Microsoft.MachineLearningServices/registries/read', 'Microsoft.MachineLearningServices/registries/assets/*'])],
    assignableScopes: ['/'],
  },
  {
    id: ROLE_IDS.azureMlDataScientist,
    roleName: 'AzureML Data Scientist',
    roleType: 'BuiltInRole',
    description:
      'Can perform all actions within an Azure Machine Learning workspace, except for creating or deleting compute resources and modifying the workspace itself.',
    permissions: [
      perm(
        [
          'Microsoft.MachineLearningServices/workspaces/*/read',
          'Microsoft.MachineLearningServices/workspaces/*/action',
          'Microsoft.MachineLearningServices/workspaces/*/delete',
          'Microsoft.MachineLearningServices/workspaces/*/write',
        ],
        [
          'Microsoft.MachineLearningServices/workspaces/delete',
          'Microsoft.MachineLearningServices/workspaces/write',
          'Microsoft.MachineLearningServices/workspaces/computes/*/write',
          'Microsoft.MachineLearningServices/workspaces/computes/*/delete',
          'Microsoft.Authorization/*/write',
          'Microsoft.MachineLearningServices/workspaces/listKeys/action',
          'Microsoft.MachineLearningServices/workspaces/hubs/write',
          'Microsoft.MachineLearningServices/workspaces/hubs/delete',
          'Microsoft.MachineLearningServices/workspaces/featurestores/write',
          'Microsoft.MachineLearningServices/workspaces/featurestores/delete',
        ],
      ),
    ],
    assignableScopes: ['/'],
  },
];
