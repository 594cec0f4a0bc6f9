// Puts a server action's field errors back on the form (dub's pattern), so the fields and the step list
// show them exactly like the form's own errors.
import type { FieldPath, UseFormReturn } from 'react-hook-form';
import type { CreateRegistryForm } from '@/lib/registries/create-registry-schema';
import type { FieldErrors } from '@/lib/registries/field-errors';

/** Sets each field error on the form; returns the paths set. */
export function applyServerErrors(form: Pick<UseFormReturn<CreateRegistryForm>, 'setError'>, fieldErrors: FieldErrors | undefined): string[] {
  const paths = Object.keys(fieldErrors ?? {});
  for (const path of paths) {
    form.setError(path as FieldPath<CreateRegistryForm>, { type: 'server', message: fieldErrors![path] });
  }
  return paths;
}
