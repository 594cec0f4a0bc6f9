'use client';
// Binds a publish form (react-hook-form) to the publish flow: the schema's and the server's field errors land
// on the form's fields (every "files.…" problem on the file list), submit clears the last ones first, and
// the picked files live beside the form's values (a File is not a form value).
import { useState, type FormEvent } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Path } from 'react-hook-form';
import type { RegistryRef } from '@/lib/registries/registry-ref';
import type { LocalFile } from './local-files';
import { usePublish, type PublishActions } from './use-publish';

/** The form, the flow, the picked files with the drop zone's props, and the submit handler. */
export function usePublishForm<V extends FieldValues>(registry: RegistryRef, actions: PublishActions, defaultValues: DefaultValues<V>) {
  const form = useForm<V>({ defaultValues });
  const [files, setFiles] = useState<LocalFile[]>([]);
  const flow = usePublish(registry, actions, (errors) => {
    for (const [key, message] of Object.entries(errors)) {
      const name = (key.startsWith('files') ? 'files' : key) as Path<V>;
      if (!form.getFieldState(name).error) form.setError(name, { message });
    }
  });
  /** Submits `toInput(values)`, uploading `withFiles` (false when this input has no upload). */
  const submitWith = (toInput: (values: V) => unknown, withFiles = true) => (event: FormEvent) => {
    event.preventDefault();
    form.clearErrors();
    void flow.publish(toInput(form.getValues()), withFiles ? files : []);
  };
  const fileZone = {
    files,
    onChange: (next: LocalFile[]) => {
      setFiles(next);
      form.clearErrors('files' as Path<V>);
    },
    error: (form.formState.errors as Record<string, { message?: string } | undefined>).files?.message,
    disabled: flow.busy,
  };
  return { form, flow, files, fileZone, submitWith };
}
