'use client';
// A dropdown of fixed choices bound to a form field (a model's or data asset's type), with a hint per choice.
// The Dropdown itself is downloaded when first opened (DeferredDropdown).
import { Field } from '@fluentui/react-components';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { DeferredDropdown } from '@/components/shell/deferred-dropdown';

/** Props: the form control, the field's name and label, the choices and a hint for each. */
export interface ChoiceDropdownFieldProps<V extends FieldValues> {
  control: Control<V>;
  name: Path<V>;
  label: string;
  choices: readonly string[];
  hints: Record<string, string>;
  disabled?: boolean;
}

/** The dropdown inside its Field. */
export function ChoiceDropdownField<V extends FieldValues>({ control, name, label, choices, hints, disabled }: ChoiceDropdownFieldProps<V>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Field label={label} hint={hints[field.value]} validationMessage={fieldState.error?.message}>
          <DeferredDropdown
            value={field.value}
            selectedOptions={[field.value]}
            choices={choices.map((c) => ({ value: c, label: c }))}
            onOptionSelect={(_, d) => field.onChange(d.optionValue)}
            disabled={disabled}
          />
        </Field>
      )}
    />
  );
}
