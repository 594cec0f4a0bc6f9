'use client';
// New model: name, version, description, tags, type, and its files (dragged in, or picked as files or a
// folder), uploaded from the browser in blocks straight to the registry's storage.
import { useWatch } from 'react-hook-form';
import { MODEL_TYPES } from '@/lib/registries/assets/publish-kinds';
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

interface ModelValues extends BasicsValues {
  modelType: string;
}

const TYPE_HINTS: Record<string, string> = {
  custom_model: 'Any files: weights, code, a pickle.',
  mlflow_model: 'An MLflow model folder, its MLmodel file at the top.',
  triton_model: 'A Triton model repository folder.',
};

/** The model form. */
export function ModelForm({ registry, actions, refusal }: { registry: RegistryRef; actions: PublishActions; refusal: string | null }) {
  const { form, flow, files, fileZone, submitWith } = usePublishForm<ModelValues>(registry, actions, { name: '', version: '1', description: '', tags: '', modelType: 'custom_model' });
  const values = useWatch({ control: form.control }) as ModelValues;
  const toInput = (v: ModelValues) => ({ kind: 'models', ...v, files: describeFiles(files) });
  return (
    <PublishFormLayout
      label="New model"
      onSubmit={submitWith(toInput)}
      footer={<PublishFooter flow={flow} refusal={refusal} noun="model" />}
      cli={<CliExportPanel registryName={registry.name} raw={toInput(values)} />}
    >
      <BasicsFields control={form.control} noun="model" disabled={flow.busy} />
      <ChoiceDropdownField control={form.control} name="modelType" label="Type" choices={MODEL_TYPES} hints={TYPE_HINTS} disabled={flow.busy} />
      <FileDropZone label="Model files" hint="Uploaded from this browser straight to the registry's storage." {...fileZone} />
    </PublishFormLayout>
  );
}
