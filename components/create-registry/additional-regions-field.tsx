'use client';
// "Additional regions": a multi-select of the same regions without the primary, which shows as a locked
// entry. Regions can be added or removed after creation, and the hint says so.
import {
  Field,
  Tag,
  TagPicker,
  TagPickerControl,
  TagPickerGroup,
  TagPickerInput,
  TagPickerList,
  TagPickerOption,
} from '@fluentui/react-components';
import { LockClosedRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { CreateRegistryForm } from '@/lib/registries/create-registry-schema';
import { regionLabel, type RegionOption } from '@/lib/registries/regions';
import { errorAt, errorPaths } from './error-paths';
import { filterRegions, withAdditional } from './region-choices';

/** The additional regions picker of the Regions step. */
export function AdditionalRegionsField({ options }: { options: RegionOption[] }) {
  const { control, getValues, setValue, formState, trigger } = useFormContext<CreateRegistryForm>();
  const primary = useWatch({ control, name: 'primaryRegion' }) ?? '';
  const additional = useWatch({ control, name: 'additionalRegions' }) ?? [];
  const [query, setQuery] = useState('');
  const errorPath = errorPaths(formState.errors).find((p) => p === 'additionalRegions' || p.startsWith('additionalRegions.'));
  const error = errorPath ? errorAt(formState.errors, errorPath) : undefined;
  const available = filterRegions(options, query).filter((o) => o.name !== primary && !additional.includes(o.name));

  const change = (regions: readonly string[]) => {
    const next = withAdditional(getValues(), regions);
    setValue('additionalRegions', next.additionalRegions, { shouldDirty: true });
    setValue('advanced.storage', next.advanced.storage, { shouldDirty: true });
    if (formState.errors.additionalRegions) void trigger('additionalRegions');
  };

  return (
    <Field
      label="Additional regions"
      hint="Where the registry replicates its assets, so workspaces there can use them. Regions can be added or removed after creation."
      validationMessage={error}
      validationState={error ? 'error' : 'none'}
    >
      <TagPicker
        selectedOptions={additional}
        onOptionSelect={(_, data) => {
          setQuery('');
          change(data.selectedOptions.filter((value) => value !== primary));
        }}
      >
        <TagPickerControl>
          <TagPickerGroup aria-label="Chosen regions">
            {primary && (
              <Tag value={`primary:${primary}`} shape="rounded" dismissible={false} icon={<LockClosedRegular />} appearance="brand">
                {regionLabel(primary, options)} (primary)
              </Tag>
            )}
            {additional.map((region) => (
              <Tag key={region} value={region} shape="rounded" dismissIcon={{ 'aria-label': `Remove ${regionLabel(region, options)}` }}>
                {regionLabel(region, options)}
              </Tag>
            ))}
          </TagPickerGroup>
          <TagPickerInput aria-label="Additional regions" placeholder="Search for regions to add" value={query} onChange={(e) => setQuery(e.target.value)} />
        </TagPickerControl>
        <TagPickerList>
          {available.map((o) => (
            <TagPickerOption key={o.name} value={o.name} text={o.regionalDisplayName}>
              {o.regionalDisplayName}
            </TagPickerOption>
          ))}
        </TagPickerList>
      </TagPicker>
    </Field>
  );
}
