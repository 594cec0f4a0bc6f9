// This route's Access control actions, in the shape the tab asks for (components never import app/).
import type { AccessControlActions } from '@/components/access-control/access-control-actions';
import { addRoleAssignmentAction } from './add-role-assignment-action';
import { createOneClickRoleAction } from './create-one-click-role-action';
import { loadAccessControlAction } from './load-access-control-action';
import { removeRoleAssignmentAction } from './remove-role-assignment-action';

/** The server actions the registry page hands its Access control tab. */
export const ACCESS_CONTROL_ACTIONS: AccessControlActions = {
  load: loadAccessControlAction,
  addRoleAssignment: addRoleAssignmentAction,
  removeRoleAssignment: removeRoleAssignmentAction,
  createOneClickRole: createOneClickRoleAction,
};
