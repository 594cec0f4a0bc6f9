'use client';
// The Edit tags dialog's tag rows: a name and a value per tag, Remove per row, Add up to the tag limit, and
// the list-level error (e.g. a duplicate name) under them.
import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { Add20Regular, Delete20Regular } from '@fluentui/react-icons';
import { Controller, useFieldArray, type UseFormReturn } from 'react-hook-form';
import type { UpdateTagsInput } from '@/lib/registries/registry-operations';
import { MAX_TAGS } from '@/lib/registries/tags';

const useStyles = makeStyles({
  row: { display: 'grid', gridTemplateColumns: '1fr 1fr auto', gap: tokens.spacingHorizontalS, alignItems: 'start' },
  rows: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  // Lines the Remove button up with the inputs, below their labels.
  remove: { marginTop: '26px' },
});

/** The rows of `form`'s `tags`. */
export function TagRowsField({ form }: { form: UseFormReturn<UpdateTagsInput> }) {
  const styles = useStyles();
  const rows = useFieldArray({ control: form.control, name: 'tags' });
  const listError = form.formState.errors.tags?.root?.message ?? form.formState.errors.tags?.message;
  return (
    <>
      <div className={styles.rows} role="group" aria-label="Tags">
        {rows.fields.map((row, index) => (
          <div key={row.id} className={styles.row}>
            {(['name', 'value'] as const).map((part) => (
              <Controller
                key={part}
                control={form.control}
                name={`tags.${index}.${part}`}
                render={({ field, fieldState }) => (
                  <Field label={`Tag ${index + 1} ${part}`} validationMessage={fieldState.error?.message}>
                    <Input {...field} />
                  </Field>
                )}
              />
            ))}
            <Button appearance="subtle" icon={<Delete20Regular />} aria-label={`Remove tag ${index + 1}`} onClick={() => rows.remove(index)} className={styles.remove} />
          </div>
        ))}
        <div>
          <Button icon={<Add20Regular />} disabled={rows.fields.length >= MAX_TAGS} onClick={() => rows.append({ name: '', value: '' })}>
            Add tag
          </Button>
        </div>
      </div>
      {listError ? <span role="alert">{listError}</span> : null}
    </>
  );
}
