'use client';
// A dropdown of fixed choices bound to a form field (a model's or data asset's type), with a hint per choice.
import { Dropdown, Field, Option } from '@fluentui/react-components';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';

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
          <Dropdown value={field.value} selectedOptions={[field.value]} onOptionSelect={(_, d) => field.onChange(d.optionValue)} disabled={disabled}>
            {choices.map((c) => (
              <Option key={c} value={c}>
                {c}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
    />
  );
}
