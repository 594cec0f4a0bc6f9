'use client';
// "Primary region": a searchable list of the regions where the subscription's provider offers registries,
// by regional display name, recommended ones first. Permanent, and said so. It may hold a proposal (the
// resource group's region): Enter after typing picks what the text names (typedMatch), because Fluent's
// Combobox would keep the selected option active when the typed search hides it, and Enter would keep the
// proposal. After arrowing to an option, Enter is Fluent's again.
import { Combobox, Field, Option, OptionGroup } from '@fluentui/react-components';
import { useRef, useState, type KeyboardEvent } from 'react';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import type { CreateRegistryForm } from '@/lib/registries/create-registry-schema';
import { regionLabel, type RegionOption } from '@/lib/registries/regions';
import { errorAt } from './error-paths';
import { filterRegions, typedMatch, withPrimary } from './region-choices';

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
  const [open, setOpen] = useState(false);
  // True once the arrows moved Fluent's active option after the last keystroke of typing.
  const navigated = useRef(false);
  const error = errorAt(formState.errors, 'primaryRegion');

  const choose = (region: string) => {
    const next = withPrimary(getValues(), region);
    setValue('primaryRegion', next.primaryRegion, { shouldDirty: true });
    setValue('additionalRegions', next.additionalRegions, { shouldDirty: true });
    setValue('advanced.storage', next.advanced.storage, { shouldDirty: true });
    void trigger(formState.errors.additionalRegions ? ['primaryRegion', 'additionalRegions'] : 'primaryRegion');
  };

  // Capture phase, so Fluent's own Enter (select the active option) does not run as well.
  const onKeyDownCapture = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || query === null || navigated.current) return;
    event.preventDefault();
    event.stopPropagation();
    const match = typedMatch(options, query);
    if (!match) return;
    setQuery(null);
    setOpen(false);
    choose(match);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (['ArrowDown', 'ArrowUp', 'Home', 'End', 'PageUp', 'PageDown'].includes(event.key)) navigated.current = true;
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
            open={open}
            onOpenChange={(_, data) => setOpen(data.open)}
            onKeyDownCapture={onKeyDownCapture}
            onKeyDown={onKeyDown}
            onChange={(event) => {
              navigated.current = false;
              setQuery(event.target.value);
            }}
            onOptionSelect={(_, data) => {
              // Typing over a selected region makes Fluent clear the selection (no optionValue): the typed
              // text stays, and Enter or a click decides.
              if (!data.optionValue) return;
              setQuery(null);
              choose(data.optionValue);
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
