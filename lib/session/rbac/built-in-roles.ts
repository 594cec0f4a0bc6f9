// The Azure built-in roles the console offers and names in hints, with their real GUIDs and permission
// blocks (arm-contract.md §3 "Role assignments"; Learn "Azure built-in roles"). The role picker reads the
// definitions from ARM; these constants only say which roles to offer and which grant an action.
import { can, type PermissionBlock } from './can';

/** A built-in role the console knows. */
export interface KnownBuiltInRole {
  guid: string;
  roleName: string;
  /** Offered in "Add role assignment" (the seed's four); others only appear in hints. */
  offered: boolean;
  permissions: PermissionBlock[];
}

/** The built-in roles, least to most privileged. */
export const KNOWN_BUILT_IN_ROLES: readonly KnownBuiltInRole[] = [
  { guid: 'acdd72a7-3385-48ef-bd42-f606fba81ae7', roleName: 'Reader', offered: true, permissions: [{ actions: ['*/read'] }] },
  {
    guid: '1823dd4f-9b8c-4ab6-ab4e-7397a3684615',
    roleName: 'AzureML Registry User',
    offered: true,
    permissions: [{ actions: ['Microsoft.MachineLearningServices/registries/read', 'Microsoft.MachineLearningServices/registries/assets/*'] }],
  },
  {
    guid: 'b24988ac-6180-42a0-ab88-20f7382dd24c',
    roleName: 'Contributor',
    offered: true,
    permissions: [{ actions: ['*'], notActions: ['Microsoft.Authorization/*/Delete', 'Microsoft.Authorization/*/Write', 'Microsoft.Authorization/elevateAccess/Action'] }],
  },
  {
    guid: '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9',
    roleName: 'User Access Administrator',
    offered: false,
    permissions: [{ actions: ['*/read', 'Microsoft.Authorization/*', 'Microsoft.Support/*'] }],
  },
  { guid: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635', roleName: 'Owner', offered: true, permissions: [{ actions: ['*'] }] },
];

/** GUIDs of the built-in roles "Add role assignment" offers. */
export const OFFERED_BUILT_IN_ROLE_GUIDS: ReadonlySet<string> = new Set(KNOWN_BUILT_IN_ROLES.filter((r) => r.offered).map((r) => r.guid));

/** Names of the built-in roles that grant `action`, least privileged first ("AzureML Registry User", "Contributor", "Owner"). */
export function builtInRolesGranting(action: string): string[] {
  return KNOWN_BUILT_IN_ROLES.filter((role) => can(role.permissions, action)).map((role) => role.roleName);
}

/** The GUID at the end of a role definition id (or the id itself when it is a bare GUID). */
export function roleGuidOf(roleDefinitionId: string): string {
  return (roleDefinitionId.split('/').pop() ?? roleDefinitionId).toLowerCase();
}
