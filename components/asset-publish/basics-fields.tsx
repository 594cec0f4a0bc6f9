'use client';
// Name, version, description and tags: the fields every publish form but the component's has (a component
// takes them from its YAML).
import { Field, Input, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';

const useStyles = makeStyles({
  pair: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))', gap: tokens.spacingHorizontalL },
  mono: { fontFamily: tokens.fontFamilyMonospace },
});

/** The values these fields edit. */
export interface BasicsValues {
  name: string;
  version: string;
  description: string;
  tags: string;
}

/** The four fields, bound to `control` (a form whose values include BasicsValues). */
export function BasicsFields<V extends FieldValues & BasicsValues>({ control, noun, disabled }: { control: Control<V>; noun: string; disabled?: boolean }) {
  const styles = useStyles();
  const field = (name: keyof BasicsValues) => name as Path<V>;
  return (
    <>
      <div className={styles.pair}>
        <Controller
          control={control}
          name={field('name')}
          render={({ field: f, fieldState }) => (
            <Field label="Name" required hint="Letters, digits, hyphens and underscores." validationMessage={fieldState.error?.message}>
              <Input {...f} disabled={disabled} autoComplete="off" />
            </Field>
          )}
        />
        <Controller
          control={control}
          name={field('version')}
          render={({ field: f, fieldState }) => (
            <Field label="Version" required hint={`A new version of the ${noun}: versions cannot be changed once published.`} validationMessage={fieldState.error?.message}>
              <Input {...f} disabled={disabled} autoComplete="off" />
            </Field>
          )}
        />
      </div>
      <Controller
        control={control}
        name={field('description')}
        render={({ field: f, fieldState }) => (
          <Field label="Description" validationMessage={fieldState.error?.message}>
            <Textarea {...f} disabled={disabled} resize="vertical" />
          </Field>
        )}
      />
      <Controller
        control={control}
        name={field('tags')}
        render={({ field: f, fieldState }) => (
          <Field label="Tags" hint="One per line, as name=value." validationMessage={fieldState.error?.message}>
            <Textarea {...f} disabled={disabled} resize="vertical" className={styles.mono} />
          </Field>
        )}
      />
    </>
  );
}
