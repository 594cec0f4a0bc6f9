// The three custom roles the seed document describes for registries ("How to manage registries",
// section "Create a custom role"): use assets, create and use assets, create and manage registries.
// They are seeded as CustomRole definitions (not assigned to anyone) so tests and people can assign them.
import type { RoleDefinitionData } from './built-in-roles';

const perm = (actions: string[]) => ({ actions, notActions: [], dataActions: [], notDataActions: [] });

const USE = ['Microsoft.MachineLearningServices/registries/read', 'Microsoft.MachineLearningServices/registries/assets/read'];
const PUBLISH = [...USE, 'Microsoft.MachineLearningServices/registries/assets/write', 'Microsoft.MachineLearningServices/registries/assets/delete'];
const MANAGE = [...PUBLISH, 'Microsoft.MachineLearningServices/registries/write', 'Microsoft.MachineLearningServices/registries/delete'];

/** Fixed ids of the seeded custom roles. */
export const REGISTRY_CUSTOM_ROLE_IDS = {
  useAssets: '7d4b6e1a-2f3c-4a5b-9c8d-1e2f3a4b5c01',
  createAndUseAssets: '7d4b6e1a-2f3c-4a5b-9c8d-1e2f3a4b5c02',
  manageRegistries: '7d4b6e1a-2f3c-4a5b-9c8d-1e2f3a4b5c03',
} as const;

/** The seed's three registry custom roles, assignable anywhere in the tenant. */
export const REGISTRY_CUSTOM_ROLES: readonly RoleDefinitionData[] = [
  {
    id: REGISTRY_CUSTOM_ROLE_IDS.useAssets,
    roleName: 'Registry Asset Reader',
    roleType: 'CustomRole',
    description: 'Allow users to use assets from registry: list registries, get registry metadata, browse assets and use them in a workspace.',
    permissions: [perm(USE)],
    assignableScopes: ['/'],
  },
  {
    id: REGISTRY_CUSTOM_ROLE_IDS.createAndUseAssets,
    roleName: 'Registry Asset Publisher',
    roleType: 'CustomRole',
    description: 'Allow users to create and use assets from registry: everything of Registry Asset Reader, plus create and delete assets.',
    permissions: [perm(PUBLISH)],
    assignableScopes: ['/'],
  },
  {
    id: REGISTRY_CUSTOM_ROLE_IDS.manageRegistries,
    roleName: 'Registry Manager',
    roleType: 'CustomRole',
    description: 'Allow users to create and manage registries: everything of Registry Asset Publisher, plus create, update and delete registries.',
    permissions: [perm(MANAGE)],
    assignableScopes: ['/'],
  },
];
