'use client';
// New data asset: uri_file, uri_folder or mltable, from files uploaded now or from a URI where the data
// already is.
import { Field, Input, Radio, RadioGroup } from '@fluentui/react-components';
import { Controller, useWatch } from 'react-hook-form';
import { DATA_TYPES } from '@/lib/registries/assets/publish-kinds';
import type { RegistryRef } from '@/lib/registries/registry-ref';
import { BasicsFields, type BasicsValues } from './basics-fields';
import { ChoiceDropdownField } from './choice-dropdown-field';
import { CliExportPanel } from './cli-export-panel';
import { FileDropZone } from './file-drop-zone';
import { describeFiles } from './local-files';
import { PublishFooter } from './publish-footer';
import { PublishFormLayout } from './publish-form-layout';
import type { PublishActions } from './use-publish';
import { usePublishForm } from './use-publish-form';

interface DataValues extends BasicsValues {
  dataType: string;
  source: 'upload' | 'uri';
  uri: string;
}

const TYPE_HINTS: Record<string, string> = {
  uri_file: 'One file.',
  uri_folder: 'A folder of files.',
  mltable: 'A folder with an MLTable file at its top.',
};

/** The data asset form. */
export function DataForm({ registry, actions, refusal }: { registry: RegistryRef; actions: PublishActions; refusal: string | null }) {
  const { form, flow, files, fileZone, submitWith } = usePublishForm<DataValues>(registry, actions, { name: '', version: '1', description: '', tags: '', dataType: 'uri_folder', source: 'upload', uri: '' });
  const values = useWatch({ control: form.control }) as DataValues;
  const toInput = ({ source, uri, ...rest }: DataValues) => (source === 'uri' ? { kind: 'data', ...rest, source, uri } : { kind: 'data', ...rest, source, files: describeFiles(files) });
  return (
    <PublishFormLayout
      label="New data asset"
      onSubmit={submitWith(toInput, values.source === 'upload')}
      footer={<PublishFooter flow={flow} refusal={refusal} noun="data asset" />}
      cli={<CliExportPanel registryName={registry.name} raw={toInput(values)} />}
    >
      <BasicsFields control={form.control} noun="data asset" disabled={flow.busy} />
      <ChoiceDropdownField control={form.control} name="dataType" label="Type" choices={DATA_TYPES} hints={TYPE_HINTS} disabled={flow.busy} />
      <Controller
        control={form.control}
        name="source"
        render={({ field }) => (
          <Field label="Data">
            <RadioGroup value={field.value} onChange={(_, d) => field.onChange(d.value)} disabled={flow.busy}>
              <Radio value="upload" label="Upload from this computer" />
              <Radio value="uri" label="Already stored: give its URI" />
            </RadioGroup>
          </Field>
        )}
      />
      {values.source === 'uri' ? (
        <Controller
          control={form.control}
          name="uri"
          render={({ field, fieldState }) => (
            <Field label="URI" required hint="https://, azureml://, wasbs://, abfss:// or adl://" validationMessage={fieldState.error?.message}>
              <Input {...field} disabled={flow.busy} autoComplete="off" />
            </Field>
          )}
        />
      ) : (
        <FileDropZone label="Data files" hint="Uploaded from this browser straight to the registry's storage." single={values.dataType === 'uri_file'} {...fileZone} />
      )}
    </PublishFormLayout>
  );
}
