'use client';
// "Primary region": a searchable list of the regions where the subscription's provider offers registries,
// by regional display name, recommended ones first. Permanent, and said so.
import { Combobox, Field, Option, OptionGroup } from '@fluentui/react-components';
import { useState } from 'react';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import type { CreateRegistryForm } from '@/lib/registries/create-registry-schema';
import { regionLabel, type RegionOption } from '@/lib/registries/regions';
import { errorAt } from './error-paths';
import { filterRegions, withPrimary } from './region-choices';

function RegionOptions({ options }: { options: RegionOption[] }) {
  if (options.length === 0) {
    return (
      <Option disabled value="" text="">
        No regions match
      </Option>
    );
  }
  const recommended = options.filter((o) => o.recommended);
  const other = options.filter((o) => !o.recommended);
  const render = (o: RegionOption) => (
    <Option key={o.name} value={o.name} text={o.regionalDisplayName}>
      {o.regionalDisplayName}
    </Option>
  );
  return (
    <>
      {recommended.length > 0 && <OptionGroup label="Recommended">{recommended.map(render)}</OptionGroup>}
      {other.length > 0 && <OptionGroup label="Other regions">{other.map(render)}</OptionGroup>}
    </>
  );
}

/** The primary region picker of the Regions step. */
export function PrimaryRegionField({ options, loading }: { options: RegionOption[]; loading: boolean }) {
  const { control, getValues, setValue, formState, trigger } = useFormContext<CreateRegistryForm>();
  const primary = useWatch({ control, name: 'primaryRegion' }) ?? '';
  const [query, setQuery] = useState<string | null>(null);
  const error = errorAt(formState.errors, 'primaryRegion');

  const choose = (region: string) => {
    const next = withPrimary(getValues(), region);
    setValue('primaryRegion', next.primaryRegion, { shouldDirty: true });
    setValue('additionalRegions', next.additionalRegions, { shouldDirty: true });
    setValue('advanced.storage', next.advanced.storage, { shouldDirty: true });
    void trigger(formState.errors.additionalRegions ? ['primaryRegion', 'additionalRegions'] : 'primaryRegion');
  };

  // Controller, not register(): a registered input gets the raw value ("eastus") written into the DOM on reset.
  return (
    <Controller
      name="primaryRegion"
      control={control}
      render={({ field }) => (
        <Field
          label="Primary region"
          required
          hint="Permanent: the primary region cannot be changed after the registry is created."
          validationMessage={error}
          validationState={error ? 'error' : 'none'}
        >
          <Combobox
            ref={field.ref}
            // The chevron is for the mouse; the field itself opens the list (Alt+ArrowDown), so the chevron is no tab stop.
            expandIcon={{ tabIndex: -1 }}
            placeholder={loading ? 'Loading regions…' : 'Search for a region'}
            value={query ?? (primary ? regionLabel(primary, options) : '')}
            selectedOptions={primary ? [primary] : []}
            onChange={(event) => setQuery(event.target.value)}
            onOptionSelect={(_, data) => {
              setQuery(null);
              if (data.optionValue) choose(data.optionValue);
            }}
            onBlur={() => {
              setQuery(null);
              field.onBlur();
            }}
          >
            <RegionOptions options={query === null ? options : filterRegions(options, query)} />
          </Combobox>
        </Field>
      )}
    />
  );
}
