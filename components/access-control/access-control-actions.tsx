'use client';
// The server actions the Access control tab calls, handed in by the registry route.
import type { ActionResult } from '@/lib/action-kit/action-result';
import type { AccessControlData, AccessControlTarget } from '@/lib/session/rbac/access-control-data';
import type { RoleView } from '@/lib/session/rbac/access-view';
import { createActionsContext } from '@/components/action-kit/actions-context';

/** The tab's calls to the server; every input is re-validated there. */
export interface AccessControlActions {
  load(target: AccessControlTarget): Promise<ActionResult<AccessControlData>>;
  addRoleAssignment(target: AccessControlTarget, input: unknown): Promise<ActionResult<{ id: string }>>;
  removeRoleAssignment(target: AccessControlTarget, assignmentId: string): Promise<ActionResult<{ id: string }>>;
  createOneClickRole(target: AccessControlTarget, kind: string): Promise<ActionResult<RoleView>>;
}

const context = createActionsContext<AccessControlActions>('The Access control tab');

/** Provides the tab's actions to its parts. */
export const AccessControlActionsProvider = context.ActionsProvider;
/** The tab's actions. */
export const useAccessControlActions = context.useActions;
