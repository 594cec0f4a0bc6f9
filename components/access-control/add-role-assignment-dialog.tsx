'use client';
// "Add role assignment": a role (with its permissions) and a principal, checked by the shared schema here
// and again by the action, which PUTs the assignment at the registry's scope.
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  makeStyles,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import { useQueryClient } from '@tanstack/react-query';
import { Controller, useForm, useWatch } from 'react-hook-form';
import type { AccessControlData } from '@/lib/session/rbac/access-control-data';
import { accessControlKey } from './access-control-query';
import { FailureBar } from '@/components/action-kit/failure-bar';
import type { AccessControlTarget } from '@/lib/session/rbac/access-control-data';
import { useActionMutation } from '@/components/action-kit/use-action-mutation';
import { useAccessControlActions } from './access-control-actions';
import { addRoleAssignmentSchema, type AddRoleAssignmentForm } from '@/lib/session/rbac/add-role-assignment-schema';
import { PrincipalField } from './principal-field';
import { RolePicker } from './role-picker';

const useStyles = makeStyles({
  surface: { maxWidth: '720px' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  roles: { maxHeight: '45vh', overflowY: 'auto', paddingRight: tokens.spacingHorizontalS },
});

const ROLE_LABEL_ID = 'add-role-assignment-role-label';

/** The dialog, controlled by `open`; on success the tab's data is read again and the dialog closes. */
export function AddRoleAssignmentDialog({
  target,
  data,
  open,
  onOpenChange,
}: {
  target: AccessControlTarget;
  data: AccessControlData;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const styles = useStyles();
  return (
    <Dialog open={open} onOpenChange={(_e, d) => onOpenChange(d.open)}>
      <DialogSurface className={styles.surface}>
        {/* Mounted per opening, so every assignment starts from an empty form. */}
        {open && <AddRoleAssignmentForm target={target} data={data} onDone={() => onOpenChange(false)} />}
      </DialogSurface>
    </Dialog>
  );
}

function AddRoleAssignmentForm({ target, data, onDone }: { target: AccessControlTarget; data: AccessControlData; onDone: () => void }) {
  const styles = useStyles();
  const queryClient = useQueryClient();
  const form = useForm<AddRoleAssignmentForm>({
    resolver: zodResolver(addRoleAssignmentSchema),
    defaultValues: { roleGuid: '', principalId: '', principalType: 'User' },
  });
  const principalType = useWatch({ control: form.control, name: 'principalType' });
  const { addRoleAssignment } = useAccessControlActions();
  const { run, pending, failure } = useActionMutation((values: AddRoleAssignmentForm) => addRoleAssignment(target, values), {
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: accessControlKey(target) });
      onDone();
    },
  });
  return (
    <form onSubmit={form.handleSubmit((values) => run(values))} noValidate>
      <DialogBody>
        <DialogTitle>Add role assignment</DialogTitle>
        <DialogContent className={styles.content}>
          <Controller
            control={form.control}
            name="roleGuid"
            render={({ field, fieldState }) => (
              <Field label={{ children: 'Role', id: ROLE_LABEL_ID }} required validationMessage={fieldState.error?.message}>
                <div className={styles.roles}>
                  <RolePicker roles={data.roles} value={field.value} onChange={field.onChange} labelledBy={ROLE_LABEL_ID} />
                </div>
              </Field>
            )}
          />
          <Controller
            control={form.control}
            name="principalId"
            render={({ field, fieldState }) => (
              <PrincipalField
                directory={data.directory}
                principals={data.principals}
                principalId={field.value}
                principalType={principalType}
                error={fieldState.error?.message}
                onPrincipalId={field.onChange}
                onPrincipalType={(type) => form.setValue('principalType', type)}
              />
            )}
          />
          <div aria-live="polite">{failure && <FailureBar failure={failure} title="Couldn't add the role assignment" />}</div>
        </DialogContent>
        <DialogActions>
          <Button appearance="secondary" onClick={onDone}>
            Cancel
          </Button>
          <Button appearance="primary" type="submit" disabled={pending} icon={pending ? <Spinner size="tiny" /> : undefined}>
            {pending ? 'Assigning…' : 'Assign'}
          </Button>
        </DialogActions>
      </DialogBody>
    </form>
  );
}
