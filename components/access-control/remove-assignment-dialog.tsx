'use client';
// The confirmation before removing a role assignment: who loses which role on which registry, that access
// through other assignments stays, and why ARM refused when it did.
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
import { FailureBar } from '@/components/action-kit/failure-bar';
import type { ActionFailure } from '@/lib/action-kit/action-result';
import type { AssignmentView } from '@/lib/session/rbac/access-view';

/** Props of RemoveAssignmentDialog. */
export interface RemoveAssignmentDialogProps {
  open: boolean;
  assignment: AssignmentView;
  registryName: string;
  pending: boolean;
  failure: ActionFailure | null;
  onOpenChange: (open: boolean) => void;
  onConfirm: () => void;
}

/** The dialog; Remove calls `onConfirm`. */
export function RemoveAssignmentDialog({ open, assignment, registryName, pending, failure, onOpenChange, onConfirm }: RemoveAssignmentDialogProps) {
  return (
    <Dialog open={open} onOpenChange={(_e, data) => onOpenChange(data.open)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Remove role assignment?</DialogTitle>
          <DialogContent>
            {assignment.principalName} will lose the {assignment.roleName} role on this registry ({registryName}). Access they have through
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
              onClick={onConfirm}
            >
              {pending ? 'Removing…' : 'Remove'}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
