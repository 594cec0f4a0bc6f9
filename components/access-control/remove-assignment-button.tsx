'use client';
// Remove, after confirming: the dialog names who loses which role, then the action deletes the assignment
// and the tab's data is read again.
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Spinner,
} from '@fluentui/react-components';
import { Delete20Regular } from '@fluentui/react-icons';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { PermissionBlock } from '@/lib/session/rbac/can';
import type { AssignmentView } from '@/lib/session/rbac/access-view';
import { CONSOLE_ACTIONS } from '@/lib/session/rbac/console-actions';
import { accessControlKey } from './access-control-query';
import { FailureBar } from '@/components/action-kit/failure-bar';
import type { AccessControlTarget } from '@/lib/session/rbac/access-control-data';
import { HydratedButton } from '@/components/shell/hydrated-button';
import { PermissionGate } from './permission-gate';
import { useActionMutation } from '@/components/action-kit/use-action-mutation';
import { useAccessControlActions } from './access-control-actions';

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
      <Dialog
        open={open}
        onOpenChange={(_e, data) => {
          setOpen(data.open);
          if (!data.open) clearFailure();
        }}
      >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Remove role assignment?</DialogTitle>
          <DialogContent>
            {assignment.principalName} will lose the {assignment.roleName} role on this registry ({target.registryName}). Access they have through
            other assignments stays.
            {failure && <FailureBar failure={failure} title="Couldn't remove the role assignment" />}
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="secondary">Cancel</Button>
            </DialogTrigger>
            <Button
              appearance="primary"
              disabled={pending}
              icon={pending ? <Spinner size="tiny" /> : undefined}
              onClick={() => run(assignment.id)}
            >
              {pending ? 'Removing…' : 'Remove'}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
      </Dialog>
    </>
  );
}
