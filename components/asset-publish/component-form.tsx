'use client';
// New component: its command component YAML, typed or loaded from a file, checked as it is edited with each
// problem at its line and column (the same parser the server action runs). Name and version come from it.
import { Field, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { DocumentArrowUpRegular } from '@fluentui/react-icons';
import { useRef } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { describeYamlProblem, parseComponentYaml } from '@/lib/registries/assets/publish-component';
import type { RegistryRef } from '@/lib/registries/registry-ref';
import { HydratedButton } from '@/components/shell/hydrated-button';
import { CliExportPanel } from './cli-export-panel';
import { PublishFooter } from './publish-footer';
import { PublishFormLayout } from './publish-form-layout';
import type { PublishActions } from './use-publish';
import { usePublishForm } from './use-publish-form';

const useStyles = makeStyles({
  yaml: { fontFamily: tokens.fontFamilyMonospace, minHeight: '360px' },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const EXAMPLE = `$schema: https://azuremlschemas.azureedge.net/latest/commandComponent.schema.json
name: train_model
version: "1"
display_name: Train a model
type: command
inputs:
  training_data:
    type: uri_folder
  learning_rate:
    type: number
    default: 0.01
outputs:
  model_output:
    type: mlflow_model
code: ./src
environment: azureml://registries/azureml/environments/sklearn-1.5/labels/latest
command: >-
  python train.py --data \${{inputs.training_data}} --lr \${{inputs.learning_rate}} --out \${{outputs.model_output}}
`;

/** The component form. */
export function ComponentForm({ registry, actions, refusal }: { registry: RegistryRef; actions: PublishActions; refusal: string | null }) {
  const styles = useStyles();
  const picker = useRef<HTMLInputElement>(null);
  const { form, flow, submitWith } = usePublishForm<{ yaml: string }>(registry, actions, { yaml: EXAMPLE });
  const yaml = useWatch({ control: form.control, name: 'yaml' }) ?? '';
  const parsed = parseComponentYaml(yaml);
  const toInput = (v: { yaml: string }) => ({ kind: 'components', yaml: v.yaml });
  return (
    <PublishFormLayout
      label="New component"
      onSubmit={submitWith(toInput, false)}
      footer={<PublishFooter flow={flow} refusal={refusal} noun="component" />}
      cli={<CliExportPanel registryName={registry.name} raw={toInput({ yaml })} componentYaml={yaml} />}
    >
      <div>
        <HydratedButton icon={<DocumentArrowUpRegular />} onClick={() => picker.current?.click()} disabled={flow.busy}>
          Load a YAML file
        </HydratedButton>
        <input
          ref={picker}
          type="file"
          accept=".yml,.yaml"
          hidden
          aria-label="Component YAML file"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (!file) return;
            form.clearErrors('yaml');
            form.setValue('yaml', await file.text(), { shouldDirty: true });
          }}
        />
      </div>
      <Controller
        control={form.control}
        name="yaml"
        render={({ field, fieldState }) => {
          const problems = parsed.ok ? [] : parsed.problems.map(describeYamlProblem);
          const serverProblem = fieldState.error?.message;
          const shown = problems.length ? problems : serverProblem ? [serverProblem] : [];
          return (
            <Field
              label="Component YAML"
              required
              hint={parsed.ok ? `Command component ${parsed.component.name}, version ${parsed.component.version}.` : undefined}
              validationState={shown.length ? 'error' : 'none'}
              validationMessage={
                shown.length ? (
                  <ul className={styles.problems} aria-label="Problems in the YAML">
                    {shown.map((p) => (
                      <li key={p}>{p}</li>
                    ))}
                  </ul>
                ) : undefined
              }
            >
              <Textarea
                {...field}
                onChange={(e) => {
                  // A problem the last submit reported belongs to the text it sent; an edit starts over.
                  form.clearErrors('yaml');
                  field.onChange(e);
                }}
                className={styles.yaml}
                textarea={{ className: styles.yaml, spellCheck: false }}
                resize="vertical"
                disabled={flow.busy}
              />
            </Field>
          );
        }}
      />
    </PublishFormLayout>
  );
}
