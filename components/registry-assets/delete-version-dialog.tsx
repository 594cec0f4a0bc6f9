'use client';
// Delete a version: the person types the version to confirm; the dialog says what stops working (the
// version's azureml:// URI). ARM deletes in the background; the page then shows the version as Deleting.
import { Body1, Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Input, Spinner } from '@fluentui/react-components';
import { useState } from 'react';
import { FailureBar } from '@/components/action-kit/failure-bar';
import { useActionMutation } from '@/components/action-kit/use-action-mutation';
import { useReturnFocus } from '@/components/action-kit/use-return-focus';
import { useConfirmDialogStyles } from '@/components/registry-page/dialog-styles';
import type { ActionResult } from '@/lib/action-kit/action-result';
import type { DeleteVersionInput } from '@/lib/registries/assets/asset-edits';

/** Props: the version, the asset's URI of it, and the action. */
export interface DeleteVersionDialogProps {
  open: boolean;
  name: string;
  version: string;
  uri: string;
  onOpenChange: (open: boolean) => void;
  onSubmit: (input: DeleteVersionInput) => Promise<ActionResult<null>>;
  onDeleted: () => void | Promise<void>;
}

/** The delete confirmation. */
export function DeleteVersionDialog({ open, name, version, uri, onOpenChange, onSubmit, onDeleted }: DeleteVersionDialogProps) {
  const styles = useConfirmDialogStyles();
  const [typed, setTyped] = useState('');
  const { run, pending, failure, clearFailure } = useActionMutation(onSubmit, {
    onSuccess: async () => {
      setTyped('');
      onOpenChange(false);
      await onDeleted();
    },
  });
  const close = () => {
    setTyped('');
    clearFailure();
    onOpenChange(false);
  };
  useReturnFocus(open);
  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && close()}>
      <DialogSurface aria-describedby="delete-version-what">
        <DialogBody>
          <DialogTitle>Delete version {version} of {name}?</DialogTitle>
          <DialogContent className={styles.content}>
            <Body1 id="delete-version-what">
              Deleting a version cannot be undone: jobs, pipelines and deployments that use <span className={styles.mono}>{uri}</span> will fail. Archive
              it instead to hide it from lists while keeping it usable.
            </Body1>
            <Field label={`Type the version (${version}) to confirm`} required validationMessage={failure?.fieldErrors?.confirmation}>
              <Input value={typed} onChange={(_, data) => setTyped(data.value)} autoComplete="off" spellCheck={false} />
            </Field>
            {failure && <FailureBar failure={failure} title="Couldn't delete the version" />}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={close}>Cancel</Button>
            <Button appearance="primary" disabled={typed !== version || pending} icon={pending ? <Spinner size="tiny" /> : undefined} onClick={() => run({ version, confirmation: typed })}>
              {pending ? 'Deleting…' : 'Delete version'}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
