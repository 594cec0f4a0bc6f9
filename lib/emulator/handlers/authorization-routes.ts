// Route declarations of Microsoft.Authorization (permissions, role definitions, role assignments) at
// every scope shape. They must precede the generic resource GET in ROUTES: at resource-group scope
// `…/providers/Microsoft.Authorization/roleAssignments/{guid}` has the generic route's segment count.
import type { Route } from '../router/route';
import { scopes } from '../router/route';
import { listPermissionsHandler } from './authorization-permissions';
import { deleteRoleAssignmentHandler, getRoleAssignmentHandler, listRoleAssignmentsHandler, putRoleAssignmentHandler } from './authorization-role-assignments';
import { deleteRoleDefinitionHandler, getRoleDefinitionHandler, listRoleDefinitionsHandler, putRoleDefinitionHandler } from './authorization-role-definitions';
import { SCOPE_PATTERNS, scopeOfParams } from './authorization-scope';

/** api-versions of Microsoft.Authorization the emulator accepts (2022-04-01 is what @azure/arm-authorization 9 sends). */
export const AUTHORIZATION_API_VERSIONS = [
  '2015-07-01', '2018-01-01-preview', '2018-09-01-preview', '2020-04-01-preview', '2020-10-01-preview', '2022-01-01-preview', '2022-04-01', '2022-05-01-preview',
] as const;

const AUTHZ = 'providers/Microsoft.Authorization';
const ACTION = 'Microsoft.Authorization';

function route(method: Route['method'], pattern: string, handler: Route['handler'], action?: string, scope = scopeOfParams): Route {
  return {
    method,
    pattern,
    // Permissions are the caller's own: any authenticated caller may ask (ARM answers an empty list).
    access: action ? { kind: 'action', action, scope } : { kind: 'authenticated' },
    apiVersions: AUTHORIZATION_API_VERSIONS,
    operationType: method === 'GET' ? 'read' : method === 'DELETE' ? 'delete' : 'write',
    handler,
  };
}

const atEveryScope = (build: (scope: string) => Route[]): Route[] => SCOPE_PATTERNS.flatMap(build);

/** Every Microsoft.Authorization route. */
export const AUTHORIZATION_ROUTES: readonly Route[] = [
  ...atEveryScope((s) => [
    route('GET', `${s}/${AUTHZ}/permissions`, listPermissionsHandler),
    route('GET', `${s}/${AUTHZ}/roleDefinitions`, listRoleDefinitionsHandler, `${ACTION}/roleDefinitions/read`),
    route('GET', `${s}/${AUTHZ}/roleDefinitions/{roleDefinitionId}`, getRoleDefinitionHandler, `${ACTION}/roleDefinitions/read`),
    route('GET', `${s}/${AUTHZ}/roleAssignments`, listRoleAssignmentsHandler, `${ACTION}/roleAssignments/read`),
    route('GET', `${s}/${AUTHZ}/roleAssignments/{roleAssignmentName}`, getRoleAssignmentHandler, `${ACTION}/roleAssignments/read`),
    route('PUT', `${s}/${AUTHZ}/roleAssignments/{roleAssignmentName}`, putRoleAssignmentHandler, `${ACTION}/roleAssignments/write`),
    route('DELETE', `${s}/${AUTHZ}/roleAssignments/{roleAssignmentName}`, deleteRoleAssignmentHandler, `${ACTION}/roleAssignments/delete`),
  ]),
  // Custom roles are created and deleted at subscription scope.
  route('PUT', `/subscriptions/{subscriptionId}/${AUTHZ}/roleDefinitions/{roleDefinitionId}`, putRoleDefinitionHandler, `${ACTION}/roleDefinitions/write`, scopes.subscription),
  route('DELETE', `/subscriptions/{subscriptionId}/${AUTHZ}/roleDefinitions/{roleDefinitionId}`, deleteRoleDefinitionHandler, `${ACTION}/roleDefinitions/delete`, scopes.subscription),
];
