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
  makeStyles,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { ActionFailureBar } from './action-failure-bar';
import type { ActionFailure, ActionResult, StartedOperation } from './action-result';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  mono: { fontFamily: tokens.fontFamilyMonospace },
});

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
  const styles = useStyles();
  const [typed, setTyped] = useState('');
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const mutation = useMutation({
    mutationFn: onSubmit,
    onSuccess: (result) => {
      if (!result.ok) return setFailure(result);
      onStarted(result.data);
      onOpenChange(false);
    },
    onError: (error) => setFailure({ ok: false, message: `The request did not reach the server: ${error.message}` }),
  });
  const close = () => {
    setTyped('');
    setFailure(null);
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
            {failure && <ActionFailureBar failure={failure} title="Couldn't delete the registry" />}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={close}>Cancel</Button>
            <Button
              appearance="primary"
              disabled={!matches || mutation.isPending}
              icon={mutation.isPending ? <Spinner size="tiny" /> : undefined}
              onClick={() => {
                setFailure(null);
                mutation.mutate(typed);
              }}
            >
              {mutation.isPending ? 'Starting…' : 'Delete registry'}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
