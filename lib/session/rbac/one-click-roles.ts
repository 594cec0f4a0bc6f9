// The seed's three custom roles ("Permissions" section of the registry how-to), each created with one click
// at subscription scope: read assets; use and publish assets; manage registries. Each adds to the one
// before, exactly as the seed lists them. Role names are unique per tenant in Azure, so each subscription
// gets its own role, named after it.
import { CONSOLE_ACTIONS } from './console-actions';

/** Which of the three roles. */
export type OneClickRoleKind = 'read-assets' | 'publish-assets' | 'manage-registries';

/** One of the three roles as the console describes and creates it. */
export interface OneClickRole {
  kind: OneClickRoleKind;
  title: string;
  /** What it is for, from the seed. */
  summary: string;
  actions: string[];
}

const READ = [CONSOLE_ACTIONS.registryRead, CONSOLE_ACTIONS.assetsRead];
const PUBLISH = [...READ, CONSOLE_ACTIONS.assetsWrite, CONSOLE_ACTIONS.assetsDelete];
const MANAGE = [...PUBLISH, CONSOLE_ACTIONS.registryWrite, CONSOLE_ACTIONS.registryDelete];

/** The three roles, least privileged first. */
export const ONE_CLICK_ROLES: readonly OneClickRole[] = [
  { kind: 'read-assets', title: 'Registry asset reader', summary: 'List registries, browse assets and use them in a workspace.', actions: READ },
  { kind: 'publish-assets', title: 'Registry asset publisher', summary: 'Also create and delete assets, without changing registries.', actions: PUBLISH },
  { kind: 'manage-registries', title: 'Registry manager', summary: 'Also create, update and delete registries.', actions: MANAGE },
];

/** The role with `kind`, or undefined for anything else (input from the browser). */
export function oneClickRole(kind: unknown): OneClickRole | undefined {
  return ONE_CLICK_ROLES.find((role) => role.kind === kind);
}

/** The tenant-unique role name for a subscription: "Registry asset reader (Contoso ML Production)". */
export function oneClickRoleName(role: OneClickRole, subscriptionName: string): string {
  return `${role.title} (${subscriptionName})`;
}

/** The role definition's properties for a PUT at `/subscriptions/{subscriptionId}`. */
export function oneClickRoleProperties(role: OneClickRole, subscriptionId: string, subscriptionName: string) {
  return {
    roleName: oneClickRoleName(role, subscriptionName),
    description: `${role.summary} Created by Registry Hub from the Azure Machine Learning registry permissions guidance.`,
    type: 'CustomRole' as const,
    permissions: [{ actions: [...role.actions], notActions: [], dataActions: [], notDataActions: [] }],
    assignableScopes: [`/subscriptions/${subscriptionId}`],
  };
}
