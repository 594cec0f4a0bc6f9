'use client';
// "Description" (optional). Azure keeps it as the registry's `description` tag (ARM contract §6).
import { Field, Textarea } from '@fluentui/react-components';
import { Controller, useFormContext } from 'react-hook-form';
import type { CreateRegistryForm } from '@/lib/registries/create-registry-schema';
import { DESCRIPTION_MAX_LENGTH } from '@/lib/registries/description';

/** The optional description of the Basics step. */
export function DescriptionField() {
  const { control } = useFormContext<CreateRegistryForm>();
  return (
    <Controller
      name="description"
      control={control}
      render={({ field, fieldState }) => (
        <Field
          label="Description"
          hint={`Optional, up to ${DESCRIPTION_MAX_LENGTH} characters. Stored as the registry's "description" tag.`}
          validationMessage={fieldState.error?.message}
        >
          <Textarea ref={field.ref} value={field.value ?? ''} onChange={(_, d) => field.onChange(d.value)} onBlur={field.onBlur} resize="vertical" />
        </Field>
      )}
    />
  );
}
