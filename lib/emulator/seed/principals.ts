// Seeded principals with fixed ids, so tests and the console can name them. Each roled principal holds
// its role at subscription scope on every seeded subscription (see seed-database.ts).
import { ROLE_IDS } from '../rbac/built-in-roles';

/** A seeded principal and the built-in role it gets on every subscription (none for `norole`). */
export interface SeedPrincipal {
  id: string;
  userPrincipalName: string;
  displayName: string;
  roleDefinitionId?: string;
  roleName?: string;
}

/** The seeded principals by short key. */
export const SEED_PRINCIPALS = {
  owner: {
    id: '0b1f7c2e-5a3d-4e8f-9c61-1a2b3c4d5e01',
    userPrincipalName: 'owner@contoso.onmicrosoft.com',
    displayName: 'Olivia Owner',
    roleDefinitionId: ROLE_IDS.owner,
    roleName: 'Owner',
  },
  contributor: {
    id: '0b1f7c2e-5a3d-4e8f-9c61-1a2b3c4d5e02',
    userPrincipalName: 'contributor@contoso.onmicrosoft.com',
    displayName: 'Carlos Contributor',
    roleDefinitionId: ROLE_IDS.contributor,
    roleName: 'Contributor',
  },
  reader: {
    id: '0b1f7c2e-5a3d-4e8f-9c61-1a2b3c4d5e03',
    userPrincipalName: 'reader@contoso.onmicrosoft.com',
    displayName: 'Rita Reader',
    roleDefinitionId: ROLE_IDS.reader,
    roleName: 'Reader',
  },
  registryUser: {
    id: '0b1f7c2e-5a3d-4e8f-9c61-1a2b3c4d5e04',
    userPrincipalName: 'registryuser@contoso.onmicrosoft.com',
    displayName: 'Umar Registry-User',
    roleDefinitionId: ROLE_IDS.azureMlRegistryUser,
    roleName: 'AzureML Registry User',
  },
  noRole: {
    id: '0b1f7c2e-5a3d-4e8f-9c61-1a2b3c4d5e05',
    userPrincipalName: 'norole@contoso.onmicrosoft.com',
    displayName: 'Nora NoRole',
  },
} as const satisfies Record<string, SeedPrincipal>;

/** The seeded principals as a list. */
export const SEED_PRINCIPAL_LIST: readonly SeedPrincipal[] = Object.values(SEED_PRINCIPALS);
