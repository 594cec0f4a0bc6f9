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
  Input,
  makeStyles,
  Spinner,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { Add20Regular, Delete20Regular } from '@fluentui/react-icons';
import { Controller, useFieldArray, useForm, type FieldPath, type Resolver } from 'react-hook-form';
import { DESCRIPTION_MAX_LENGTH } from '@/lib/registries/description';
import { updateTagsInputSchema, type UpdateTagsInput } from '@/lib/registries/registry-operations';
import { MAX_TAGS, tagsToRows } from '@/lib/registries/tags';
import { FailureBar } from '@/components/action-kit/failure-bar';
import type { ActionResult } from '@/lib/action-kit/action-result';
import { useActionMutation } from '@/components/action-kit/use-action-mutation';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'grid', gridTemplateColumns: '1fr 1fr auto', gap: tokens.spacingHorizontalS, alignItems: 'start' },
  rows: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

type SaveTags = (input: UpdateTagsInput) => Promise<ActionResult<{ tags: Record<string, string>; description: string }>>;

/** The dialog; `onSubmit` runs updateTagsAction, `onSaved` runs once ARM stored the tags. */
export function EditTagsDialog({
  open,
  tags,
  description,
  onOpenChange,
  onSubmit,
  onSaved,
}: {
  open: boolean;
  tags: Record<string, string>;
  description: string;
  onOpenChange: (open: boolean) => void;
  onSubmit: SaveTags;
  onSaved: () => void;
}) {
  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && onOpenChange(false)}>
      <DialogSurface>
        {/* Mounted per opening, so each edit starts from the registry's current tags. */}
        {open && <EditTagsForm tags={tags} description={description} onClose={() => onOpenChange(false)} onSubmit={onSubmit} onSaved={onSaved} />}
      </DialogSurface>
    </Dialog>
  );
}

function EditTagsForm({
  tags,
  description,
  onClose,
  onSubmit,
  onSaved,
}: {
  tags: Record<string, string>;
  description: string;
  onClose: () => void;
  onSubmit: SaveTags;
  onSaved: () => void;
}) {
  const styles = useStyles();
  const form = useForm<UpdateTagsInput>({
    // The schema's input type is `unknown[]` for tags (it bounds hostile lists before reading rows); the
    // form only ever holds { name, value } rows, so its output type is the form's type.
    resolver: zodResolver(updateTagsInputSchema) as unknown as Resolver<UpdateTagsInput>,
    defaultValues: { tags: tagsToRows(tags), description },
  });
  const rows = useFieldArray({ control: form.control, name: 'tags' });
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
              <Field label="Description" hint={`Up to ${DESCRIPTION_MAX_LENGTH} characters; kept as the "description" tag.`} validationMessage={fieldState.error?.message}>
                <Textarea {...field} resize="vertical" />
              </Field>
            )}
          />
          <div className={styles.rows} role="group" aria-label="Tags">
            {rows.fields.map((row, index) => (
              <div key={row.id} className={styles.row}>
                <Controller
                  control={form.control}
                  name={`tags.${index}.name`}
                  render={({ field, fieldState }) => (
                    <Field label={`Tag ${index + 1} name`} validationMessage={fieldState.error?.message}>
                      <Input {...field} />
                    </Field>
                  )}
                />
                <Controller
                  control={form.control}
                  name={`tags.${index}.value`}
                  render={({ field, fieldState }) => (
                    <Field label={`Tag ${index + 1} value`} validationMessage={fieldState.error?.message}>
                      <Input {...field} />
                    </Field>
                  )}
                />
                <Button appearance="subtle" icon={<Delete20Regular />} aria-label={`Remove tag ${index + 1}`} onClick={() => rows.remove(index)} style={{ marginTop: '26px' }} />
              </div>
            ))}
            <div>
              <Button icon={<Add20Regular />} disabled={rows.fields.length >= MAX_TAGS} onClick={() => rows.append({ name: '', value: '' })}>
                Add tag
              </Button>
            </div>
          </div>
          {form.formState.errors.tags?.root?.message || form.formState.errors.tags?.message ? (
            <span role="alert">{form.formState.errors.tags?.root?.message ?? form.formState.errors.tags?.message}</span>
          ) : null}
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
