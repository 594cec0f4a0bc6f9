'use client';
// Edit tags and description: the wizard's tag rules (lib/registries/tags) checked here and again by the
// action, which PATCHes `{tags}` (replacing all tags; the description is the `description` tag).
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
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { Controller, useForm, type FieldPath, type Resolver } from 'react-hook-form';
import { DESCRIPTION_MAX_LENGTH } from '@/lib/registries/description';
import { updateTagsInputSchema, type UpdateTagsInput } from '@/lib/registries/registry-operations';
import { tagsToRows } from '@/lib/registries/tags';
import { FailureBar } from '@/components/action-kit/failure-bar';
import type { ActionResult } from '@/lib/action-kit/action-result';
import { useActionMutation } from '@/components/action-kit/use-action-mutation';
import { TagRowsField } from './tag-rows-field';
import { useReturnFocus } from '@/components/action-kit/use-return-focus';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

type SaveTags = (input: UpdateTagsInput) => Promise<ActionResult<unknown>>;

/** What differs for another resource's tags (an asset version's): its schema and what the description is. */
export interface TagEditorVariant {
  schema: Parameters<typeof zodResolver>[0];
  descriptionHint: string;
}

const REGISTRY_VARIANT: TagEditorVariant = { schema: updateTagsInputSchema, descriptionHint: `Up to ${DESCRIPTION_MAX_LENGTH} characters; kept as the "description" tag.` };

/** The dialog; `onSubmit` runs updateTagsAction, `onSaved` runs once ARM stored the tags. */
export function EditTagsDialog({
  open,
  tags,
  description,
  onOpenChange,
  onSubmit,
  onSaved,
  variant = REGISTRY_VARIANT,
}: {
  open: boolean;
  tags: Record<string, string>;
  description: string;
  onOpenChange: (open: boolean) => void;
  onSubmit: SaveTags;
  onSaved: () => void;
  variant?: TagEditorVariant;
}) {
  useReturnFocus(open);
  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && onOpenChange(false)}>
      <DialogSurface>
        {/* Mounted per opening, so each edit starts from the registry's current tags. */}
        {open && <EditTagsForm tags={tags} description={description} variant={variant} onClose={() => onOpenChange(false)} onSubmit={onSubmit} onSaved={onSaved} />}
      </DialogSurface>
    </Dialog>
  );
}

function EditTagsForm({
  tags,
  description,
  variant,
  onClose,
  onSubmit,
  onSaved,
}: {
  tags: Record<string, string>;
  description: string;
  variant: TagEditorVariant;
  onClose: () => void;
  onSubmit: SaveTags;
  onSaved: () => void;
}) {
  const styles = useStyles();
  const form = useForm<UpdateTagsInput>({
    // The schema's input type is `unknown[]` for tags (it bounds hostile lists before reading rows); the
    // form only ever holds { name, value } rows, so its output type is the form's type.
    resolver: zodResolver(variant.schema) as unknown as Resolver<UpdateTagsInput>,
    defaultValues: { tags: tagsToRows(tags), description },
  });
  const { run, pending, failure } = useActionMutation(onSubmit, {
    onSuccess: () => {
      onSaved();
      onClose();
    },
    onFailure: (refused) => {
      for (const [path, message] of Object.entries(refused.fieldErrors ?? {})) {
        form.setError(path as FieldPath<UpdateTagsInput>, { type: 'server', message });
      }
    },
  });
  const submit = form.handleSubmit((values) => run(values));
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <DialogBody>
        <DialogTitle>Edit tags and description</DialogTitle>
        <DialogContent className={styles.content}>
          <Controller
            control={form.control}
            name="description"
            render={({ field, fieldState }) => (
              <Field label="Description" hint={variant.descriptionHint} validationMessage={fieldState.error?.message}>
                <Textarea {...field} resize="vertical" />
              </Field>
            )}
          />
          <TagRowsField form={form} />
          {failure && <FailureBar failure={failure} title="Couldn't save the tags" />}
        </DialogContent>
        <DialogActions>
          <Button appearance="secondary" onClick={onClose}>Cancel</Button>
          <Button appearance="primary" type="submit" disabled={pending} icon={pending ? <Spinner size="tiny" /> : undefined}>
            {pending ? 'Saving…' : 'Save'}
          </Button>
        </DialogActions>
      </DialogBody>
    </form>
  );
}
