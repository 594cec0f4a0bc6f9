'use client';
// Remove, after confirming (remove-assignment-dialog.tsx): the action deletes the assignment and the tab's
// data is read again.
import { Delete20Regular } from '@fluentui/react-icons';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { PermissionBlock } from '@/lib/session/rbac/can';
import type { AssignmentView } from '@/lib/session/rbac/access-view';
import { CONSOLE_ACTIONS } from '@/lib/session/rbac/console-actions';
import { accessControlKey } from './access-control-query';
import type { AccessControlTarget } from '@/lib/session/rbac/access-control-data';
import { HydratedButton } from '@/components/shell/hydrated-button';
import { PermissionGate } from './permission-gate';
import { useActionMutation } from '@/components/action-kit/use-action-mutation';
import { useAccessControlActions } from './access-control-actions';
import { RemoveAssignmentDialog } from './remove-assignment-dialog';

/** The Remove button of one assignment, with its confirmation dialog. */
export function RemoveAssignmentButton({
  target,
  assignment,
  permissions,
}: {
  target: AccessControlTarget;
  assignment: AssignmentView;
  permissions: readonly PermissionBlock[];
}) {
  const [open, setOpen] = useState(false);
  const queryClient = useQueryClient();
  const { removeRoleAssignment } = useAccessControlActions();
  const { run, pending, failure, clearFailure } = useActionMutation((id: string) => removeRoleAssignment(target, id), {
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: accessControlKey(target) });
      setOpen(false);
    },
  });
  return (
    <>
      <PermissionGate action={CONSOLE_ACTIONS.roleAssignmentDelete} permissions={permissions}>
        <HydratedButton
          appearance="subtle"
          icon={<Delete20Regular />}
          aria-label={`Remove ${assignment.roleName} from ${assignment.principalName}`}
          onClick={() => setOpen(true)}
        >
          Remove
        </HydratedButton>
      </PermissionGate>
      <RemoveAssignmentDialog
        open={open}
        assignment={assignment}
        registryName={target.registryName}
        pending={pending}
        failure={failure}
        onOpenChange={(next) => {
          setOpen(next);
          if (!next) clearFailure();
        }}
        onConfirm={() => run(assignment.id)}
      />
    </>
  );
}
