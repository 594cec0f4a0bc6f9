// The data of the Access control tab, as the browser receives it.
import type { PermissionBlock } from '@/lib/session/rbac/can';
import type { AssignmentView, PrincipalView, RoleView } from '@/lib/session/rbac/access-view';
import type { OneClickRoleKind } from '@/lib/session/rbac/one-click-roles';

/** Where principals come from: the emulator's directory, or typed object ids (Azure; no Graph access). */
export type DirectorySource = 'emulator' | 'object-id';

/** A one-click role's state in this subscription. */
export interface OneClickRoleState {
  kind: OneClickRoleKind;
  roleName: string;
  /** The role's GUID when it already exists in the subscription. */
  existingGuid: string | null;
}

/** Everything the tab shows. */
export interface AccessControlData {
  registryScope: string;
  subscriptionName: string;
  /** Why role assignments or roles could not be read (ARM's 403 in words); null when they were. */
  readError: string | null;
  assignments: AssignmentView[];
  /** Roles "Add role assignment" offers: Reader, AzureML Registry User, Contributor, Owner, then custom roles. */
  roles: RoleView[];
  principals: PrincipalView[];
  directory: DirectorySource;
  /** The signed-in principal's permission blocks at the registry and at its subscription. */
  permissions: { registry: PermissionBlock[]; subscription: PermissionBlock[] };
  oneClickRoles: OneClickRoleState[];
}

/** The registry the Access control tab is about. */
export interface AccessControlTarget {
  subscriptionId: string;
  resourceGroup: string;
  registryName: string;
}
