'use client';
// Delete: the registry's name must be typed to confirm; the dialog says that every
// `azureml://registries/{name}/…` asset id stops resolving and that the managed resource group (storage,
// container registry) is deleted too (ux-research §4 "Delete").
import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Spinner,
} from '@fluentui/react-components';
import { useState } from 'react';
import { FailureBar } from '@/components/action-kit/failure-bar';
import { useConfirmDialogStyles } from './dialog-styles';
import type { ActionResult } from '@/lib/action-kit/action-result';
import { useActionMutation } from '@/components/action-kit/use-action-mutation';
import type { StartedOperation } from '@/lib/registries/operation-types';

/** The delete confirmation; `onStarted` gets the running delete (null: ARM had already deleted it). */
export function DeleteRegistryDialog({
  open,
  name,
  managedResourceGroup,
  onOpenChange,
  onSubmit,
  onStarted,
}: {
  open: boolean;
  name: string;
  managedResourceGroup: string | null;
  onOpenChange: (open: boolean) => void;
  onSubmit: (confirmName: string) => Promise<ActionResult<StartedOperation | null>>;
  onStarted: (operation: StartedOperation | null) => void;
}) {
  const styles = useConfirmDialogStyles();
  const [typed, setTyped] = useState('');
  const { run, pending, failure, clearFailure } = useActionMutation(onSubmit, {
    onSuccess: (operation) => {
      onStarted(operation);
      onOpenChange(false);
    },
  });
  const close = () => {
    setTyped('');
    clearFailure();
    onOpenChange(false);
  };
  const matches = typed === name;
  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && close()}>
      <DialogSurface aria-describedby="delete-registry-what">
        <DialogBody>
          <DialogTitle>Delete {name}?</DialogTitle>
          <DialogContent className={styles.content}>
            <div id="delete-registry-what">
              <Body1>Deleting the registry cannot be undone:</Body1>
              <ul className={styles.list}>
                <li>
                  every asset id under <span className={styles.mono}>azureml://registries/{name}/…</span> stops resolving, so jobs,
                  pipelines and deployments that reference its models, environments, components or data will fail;
                </li>
                <li>
                  its managed resource group {managedResourceGroup ? <span className={styles.mono}>{managedResourceGroup}</span> : null}{' '}
                  is deleted with the storage accounts and the container registry in it.
                </li>
              </ul>
            </div>
            <Field label={`Type the registry name (${name}) to confirm`} required validationMessage={failure?.fieldErrors?.confirmName}>
              <Input value={typed} onChange={(_, data) => setTyped(data.value)} autoComplete="off" spellCheck={false} />
            </Field>
            {failure && <FailureBar failure={failure} title="Couldn't delete the registry" />}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={close}>Cancel</Button>
            <Button
              appearance="primary"
              disabled={!matches || pending}
              icon={pending ? <Spinner size="tiny" /> : undefined}
              onClick={() => {
                run(typed);
              }}
            >
              {pending ? 'Starting…' : 'Delete registry'}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
