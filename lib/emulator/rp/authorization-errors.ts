// Microsoft.Authorization's own error codes, one named constructor each, with the wording ARM uses
// (arm-contract.md §3 "Role assignments": 409 RoleAssignmentExists, 400 PrincipalNotFound). Codes ARM
// documents nowhere public are marked as emulator choices.
import { ArmHttpError } from '../errors';
import { TENANT_ID } from '../seed/tenant';

/** 409 RoleAssignmentExists: the same principal, role and scope are already assigned under another name. */
export const roleAssignmentExists = (existingId: string) =>
  new ArmHttpError(409, 'RoleAssignmentExists', `The role assignment already exists. The ID of the existing role assignment is ${existingId}.`);

/** 400 PrincipalNotFound (ARM's wording, including the replication-delay hint). */
export const principalNotFound = (principalId: string) =>
  new ArmHttpError(
    400,
    'PrincipalNotFound',
    `Principal ${principalId} does not exist in the directory ${TENANT_ID}. Check that you have the correct principal ID. If you are creating this principal and then immediately assigning a role, this error might be related to a replication delay. In this case, set the role assignment principalType property to a value, such as ServicePrincipal, User, or Group. See https://aka.ms/docs-principaltype`,
  );

/** 400 RoleDefinitionDoesNotExist for an assignment naming an unknown role. */
export const roleDefinitionDoesNotExist = (roleDefinitionId: string) =>
  new ArmHttpError(400, 'RoleDefinitionDoesNotExist', `The specified role definition with ID '${roleDefinitionId}' does not exist.`);

/** 404 RoleDefinitionDoesNotExist for GET of a role that does not exist (or is not assignable at the scope). */
export const roleDefinitionNotFound = (roleDefinitionId: string) =>
  new ArmHttpError(404, 'RoleDefinitionDoesNotExist', `The specified role definition with ID '${roleDefinitionId}' does not exist.`);

/** 404 RoleAssignmentNotFound for GET of an unknown assignment. */
export const roleAssignmentNotFound = (name: string) =>
  new ArmHttpError(404, 'RoleAssignmentNotFound', `The role assignment '${name}' is not found.`);

/** 400 RoleAssignmentUpdateNotPermitted: an existing assignment's principal, role or scope cannot change. */
export const roleAssignmentUpdateNotPermitted = () =>
  new ArmHttpError(400, 'RoleAssignmentUpdateNotPermitted', 'Tenant ID, application ID, principal ID, and scope are not allowed to be updated.');

/** 409 RoleDefinitionWithSameNameExists: custom role names are unique in the directory. */
export const roleDefinitionWithSameNameExists = () =>
  new ArmHttpError(409, 'RoleDefinitionWithSameNameExists', 'A custom role with the same name already exists in this directory. Use a different name.');

/** 409 RoleDefinitionHasAssignments: a custom role still assigned somewhere cannot be deleted. */
export const roleDefinitionHasAssignments = () =>
  new ArmHttpError(409, 'RoleDefinitionHasAssignments', 'There are existing role assignments referencing role. Delete the role assignments first.');

/** 400 InvalidRoleDefinition for a malformed custom role body (emulator choice of code). */
export const invalidRoleDefinition = (message: string) => new ArmHttpError(400, 'InvalidRoleDefinition', message);

/** 400 InvalidRoleAssignmentRequest for a malformed assignment body or name (emulator choice of code). */
export const invalidRoleAssignmentRequest = (message: string) => new ArmHttpError(400, 'InvalidRoleAssignmentRequest', message);

/** 403 BuiltInRoleCannotBeModified: built-in roles are read-only (emulator choice of code). */
export const builtInRoleCannotBeModified = (roleDefinitionId: string) =>
  new ArmHttpError(403, 'BuiltInRoleCannotBeModified', `The role definition '${roleDefinitionId}' is a built-in role and cannot be modified or deleted.`);

/** 400 UnsupportedQuery for a `$filter` the emulator does not evaluate (it never ignores one silently). */
export const unsupportedFilter = (filter: string, supported: string) =>
  new ArmHttpError(400, 'UnsupportedQuery', `The filter '${filter}' is not supported. Supported filters: ${supported}.`);
