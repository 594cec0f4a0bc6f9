'use client';
// Binds a publish form (react-hook-form) to the publish flow: the schema's and the server's field errors land
// on the form's fields (every "files.…" problem on the file list), and submit clears the last ones first.
import { useForm, type DefaultValues, type FieldValues, type Path } from 'react-hook-form';
import type { FormEvent } from 'react';
import type { RegistryRef } from '@/lib/registries/registry-ref';
import type { LocalFile } from './local-files';
import { usePublish, type PublishActions } from './use-publish';

/** The form, the flow, and the submit handler that publishes `toInput(values)` with `files`. */
export function usePublishForm<V extends FieldValues>(registry: RegistryRef, actions: PublishActions, defaultValues: DefaultValues<V>) {
  const form = useForm<V>({ defaultValues });
  const flow = usePublish(registry, actions, (errors) => {
    for (const [key, message] of Object.entries(errors)) {
      const name = (key.startsWith('files') ? 'files' : key) as Path<V>;
      if (!form.getFieldState(name).error) form.setError(name, { message });
    }
  });
  const submitWith = (toInput: (values: V) => unknown, files: readonly LocalFile[]) => (event: FormEvent) => {
    event.preventDefault();
    form.clearErrors();
    void flow.publish(toInput(form.getValues()), files);
  };
  return { form, flow, submitWith };
}

/** The file list's problem (set by the flow under "files", which is not one of the form's values). */
export function filesErrorOf(errors: object): string | undefined {
  return (errors as Record<string, { message?: string } | undefined>).files?.message;
}
