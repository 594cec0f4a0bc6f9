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
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { PermissionBlock } from '@/lib/session/rbac/can';
import type { AssignmentView } from '@/lib/session/rbac/access-view';
import { CONSOLE_ACTIONS } from '@/lib/session/rbac/console-actions';
import { accessControlQuery } from './access-control-query';
import { AccessFailureBar } from './access-failure-bar';
import type { AccessControlTarget } from './access-result';
import { PermissionGate } from './permission-gate';
import { removeRoleAssignmentAction } from './remove-role-assignment-action';

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
  const removal = useMutation({
    mutationFn: () => removeRoleAssignmentAction(target, assignment.id),
    onSuccess: async (result) => {
      if (!result.ok) return;
      await queryClient.invalidateQueries({ queryKey: accessControlQuery(target).queryKey });
      setOpen(false);
    },
  });
  const failure = removal.data && !removal.data.ok ? removal.data : null;
  return (
    <>
      <PermissionGate action={CONSOLE_ACTIONS.roleAssignmentDelete} permissions={permissions}>
        <Button
          appearance="subtle"
          icon={<Delete20Regular />}
          aria-label={`Remove ${assignment.roleName} from ${assignment.principalName}`}
          onClick={() => setOpen(true)}
        >
          Remove
        </Button>
      </PermissionGate>
      <Dialog
        open={open}
        onOpenChange={(_e, data) => {
          setOpen(data.open);
          if (!data.open) removal.reset();
        }}
      >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Remove role assignment?</DialogTitle>
          <DialogContent>
            {assignment.principalName} will lose the {assignment.roleName} role on this registry ({target.registryName}). Access they have through
            other assignments stays.
            {failure && <AccessFailureBar failure={failure} title="Couldn't remove the role assignment" />}
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="secondary">Cancel</Button>
            </DialogTrigger>
            <Button
              appearance="primary"
              disabled={removal.isPending}
              icon={removal.isPending ? <Spinner size="tiny" /> : undefined}
              onClick={() => removal.mutate()}
            >
              {removal.isPending ? 'Removing…' : 'Remove'}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
      </Dialog>
    </>
  );
}
