'use client';
// Step 3, Tags: name/value rows with ARM's rules (at most 50; names up to 512 characters without < > % & \ ? /
// and not starting with microsoft, azure or windows; values up to 256; ARM contract §1).
import { Body1, Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { Controller, useFieldArray, useFormContext } from 'react-hook-form';
import type { CreateRegistryForm } from '@/lib/registries/create-registry-schema';
import { MAX_TAG_NAME_LENGTH, MAX_TAG_VALUE_LENGTH, MAX_TAGS } from '@/lib/registries/tags';
import { errorAt } from './error-paths';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '760px' },
  row: { display: 'grid', gridTemplateColumns: '1fr 1fr auto', gap: tokens.spacingHorizontalM, alignItems: 'start' },
  remove: { marginTop: '26px' },
  hint: { color: tokens.colorNeutralForeground2 },
});

/** The Tags step. */
export function TagsStep() {
  const styles = useStyles();
  const { control, formState } = useFormContext<CreateRegistryForm>();
  const { fields, append, remove } = useFieldArray({ control, name: 'tags' });
  const listError = errorAt(formState.errors, 'tags');
  return (
    <div className={styles.root}>
      <Body1 className={styles.hint}>
        Tags help you find and bill registries. Up to {MAX_TAGS} tags; names up to {MAX_TAG_NAME_LENGTH} characters without
        {' < > % & \\ ? /'} and not starting with &quot;microsoft&quot;, &quot;azure&quot; or &quot;windows&quot;; values up to{' '}
        {MAX_TAG_VALUE_LENGTH} characters. The description is kept as a tag of its own.
      </Body1>
      {listError && (
        <Body1 role="alert" style={{ color: tokens.colorPaletteRedForeground1 }}>
          {listError}
        </Body1>
      )}
      {fields.map((row, index) => (
        <div key={row.id} className={styles.row} role="group" aria-label={`Tag ${index + 1}`}>
          <Controller
            name={`tags.${index}.name`}
            control={control}
            render={({ field, fieldState }) => (
              <Field label="Name" validationMessage={fieldState.error?.message}>
                <Input ref={field.ref} value={field.value ?? ''} onChange={(_, d) => field.onChange(d.value)} onBlur={field.onBlur} autoComplete="off" />
              </Field>
            )}
          />
          <Controller
            name={`tags.${index}.value`}
            control={control}
            render={({ field, fieldState }) => (
              <Field label="Value" validationMessage={fieldState.error?.message}>
                <Input ref={field.ref} value={field.value ?? ''} onChange={(_, d) => field.onChange(d.value)} onBlur={field.onBlur} autoComplete="off" />
              </Field>
            )}
          />
          <Button
            className={styles.remove}
            appearance="subtle"
            icon={<DeleteRegular />}
            aria-label={`Remove tag ${index + 1}`}
            onClick={() => remove(index)}
          />
        </div>
      ))}
      <div>
        <Button icon={<AddRegular />} disabled={fields.length >= MAX_TAGS} onClick={() => append({ name: '', value: '' })}>
          Add tag
        </Button>
      </div>
    </div>
  );
}
