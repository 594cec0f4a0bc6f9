'use client';
// New environment: a Docker image (with an optional conda file), or a Docker build context uploaded from
// this browser with the Dockerfile inside it.
import { Field, Input, makeStyles, Radio, RadioGroup, Textarea, tokens } from '@fluentui/react-components';
import { Controller, useWatch } from 'react-hook-form';
import type { RegistryRef } from '@/lib/registries/registry-ref';
import { BasicsFields, type BasicsValues } from './basics-fields';
import { CliExportPanel } from './cli-export-panel';
import { FileDropZone } from './file-drop-zone';
import { describeFiles } from './local-files';
import { PublishFooter } from './publish-footer';
import { PublishFormLayout } from './publish-form-layout';
import type { PublishActions } from './use-publish';
import { usePublishForm } from './use-publish-form';

const useStyles = makeStyles({ mono: { fontFamily: tokens.fontFamilyMonospace } });

interface EnvironmentValues extends BasicsValues {
  source: 'image' | 'build';
  image: string;
  condaFile: string;
  dockerfilePath: string;
}

/** The environment form. */
export function EnvironmentForm({ registry, actions, refusal }: { registry: RegistryRef; actions: PublishActions; refusal: string | null }) {
  const styles = useStyles();
  const { form, flow, files, fileZone, submitWith } = usePublishForm<EnvironmentValues>(registry, actions, {
    name: '',
    version: '1',
    description: '',
    tags: '',
    source: 'image',
    image: '',
    condaFile: '',
    dockerfilePath: 'Dockerfile',
  });
  const values = useWatch({ control: form.control }) as EnvironmentValues;
  const toInput = ({ source, image, condaFile, dockerfilePath, ...basics }: EnvironmentValues) =>
    source === 'image' ? { kind: 'environments', ...basics, source, image, condaFile } : { kind: 'environments', ...basics, source, dockerfilePath, files: describeFiles(files) };
  return (
    <PublishFormLayout
      label="New environment"
      onSubmit={submitWith(toInput, values.source === 'build')}
      footer={<PublishFooter flow={flow} refusal={refusal} noun="environment" />}
      cli={<CliExportPanel registryName={registry.name} raw={toInput(values)} />}
    >
      <BasicsFields control={form.control} noun="environment" disabled={flow.busy} />
      <Controller
        control={form.control}
        name="source"
        render={({ field }) => (
          <Field label="Built from">
            <RadioGroup value={field.value} onChange={(_, d) => field.onChange(d.value)} disabled={flow.busy}>
              <Radio value="image" label="A Docker image" />
              <Radio value="build" label="A Dockerfile and its build context" />
            </RadioGroup>
          </Field>
        )}
      />
      {values.source === 'image' ? (
        <>
          <Controller
            control={form.control}
            name="image"
            render={({ field, fieldState }) => (
              <Field label="Image" required hint="e.g. mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu22.04:latest" validationMessage={fieldState.error?.message}>
                <Input {...field} disabled={flow.busy} autoComplete="off" />
              </Field>
            )}
          />
          <Controller
            control={form.control}
            name="condaFile"
            render={({ field, fieldState }) => (
              <Field label="Conda file (optional)" hint="The conda.yml installed on top of the image." validationMessage={fieldState.error?.message}>
                <Textarea {...field} disabled={flow.busy} resize="vertical" rows={6} className={styles.mono} />
              </Field>
            )}
          />
        </>
      ) : (
        <>
          <Controller
            control={form.control}
            name="dockerfilePath"
            render={({ field, fieldState }) => (
              <Field label="Dockerfile path" required hint="Inside the build context." validationMessage={fieldState.error?.message}>
                <Input {...field} disabled={flow.busy} autoComplete="off" />
              </Field>
            )}
          />
          <FileDropZone
            label="Build context"
            hint="The Dockerfile and the files it copies. Azure's CLI does not take a conda file beside a build context: install it in the Dockerfile."
            {...fileZone}
          />
        </>
      )}
    </PublishFormLayout>
  );
}
