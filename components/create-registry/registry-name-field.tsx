'use client';
// "Registry name": the rule as a hint, checked as you type, then a debounced tenant-wide availability check
// (names are unique in the tenant ignoring case, ARM contract §1). The hint says why the name is permanent.
import { Field, Input } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import type { CreateRegistryForm } from '@/lib/registries/create-registry-schema';
import { REGISTRY_NAME_HINT, registryNameProblem } from '@/lib/registries/names';
import { useDebouncedValue } from './use-debounced-value';
import { nameAvailabilityQuery } from './wizard-queries';
import { useWizardServices } from './wizard-services';

const CHECK_DELAY_MS = 400;

type LiveState = { state: 'error' | 'success' | 'none'; message?: string };

// What the live check says about the current value.
function useLiveNameState(name: string): LiveState {
  const services = useWizardServices();
  const debounced = useDebouncedValue(name, CHECK_DELAY_MS);
  const problem = name === '' ? null : registryNameProblem(name);
  const settled = debounced === name && name !== '' && problem === null;
  const check = useQuery({ ...nameAvailabilityQuery(services, debounced), enabled: settled });
  if (name === '') return { state: 'none' };
  if (problem) return { state: 'error', message: problem };
  if (!settled || check.isPending) return { state: 'none', message: 'Checking that no registry in your organization uses this name…' };
  if (check.isError) return { state: 'none', message: 'The name could not be checked now; it will be checked again before creation.' };
  const result = check.data;
  if (!result.ok) return { state: 'none', message: `The name could not be checked: ${result.message}` };
  if (!result.data.available) return { state: 'error', message: result.data.message };
  return { state: 'success', message: 'This name is available.' };
}

/** The registry name input of the Basics step. */
export function RegistryNameField() {
  const { control } = useFormContext<CreateRegistryForm>();
  const name = useWatch({ control, name: 'name' }) ?? '';
  const live = useLiveNameState(name);
  return (
    <Controller
      name="name"
      control={control}
      render={({ field, fieldState }) => {
        const error = fieldState.error?.message;
        return (
          <Field
            label="Registry name"
            required
            hint={REGISTRY_NAME_HINT}
            validationState={error ? 'error' : live.state}
            validationMessage={error ?? live.message}
          >
            <Input
              ref={field.ref}
              name={field.name}
              value={field.value ?? ''}
              onChange={(_, data) => field.onChange(data.value)}
              onBlur={field.onBlur}
              autoComplete="off"
              spellCheck={false}
              maxLength={64}
            />
          </Field>
        );
      }}
    />
  );
}
