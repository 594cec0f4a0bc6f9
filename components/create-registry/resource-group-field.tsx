'use client';
// "Resource group": the subscription's groups, plus one made with "Create new", shown as "(New) name".
import { Dropdown, Field, makeStyles, Option, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import type { CreateRegistryForm } from '@/lib/registries/create-registry-schema';
import { errorAt } from './error-paths';
import { useInvalidDropdownStyles } from './invalid-dropdown-styles';
import { NewResourceGroupPopover } from './new-resource-group-popover';
import { proposedPrimary, withPrimary } from './region-choices';
import { useResourceGroups, useSubscriptionRegions } from './wizard-queries';

const NEW_PREFIX = 'new:';

const useStyles = makeStyles({
  row: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  createNew: { alignSelf: 'flex-start' },
});

/** The resource group picker of the Basics step. */
export function ResourceGroupField() {
  const styles = useStyles();
  const invalidStyles = useInvalidDropdownStyles();
  const { control, setValue, getValues, getFieldState, formState, trigger } = useFormContext<CreateRegistryForm>();
  const subscriptionId = useWatch({ control, name: 'subscriptionId' }) ?? '';
  const primaryRegion = useWatch({ control, name: 'primaryRegion' }) ?? '';
  const groups = useResourceGroups(subscriptionId);
  const regions = useSubscriptionRegions(subscriptionId);
  const existing = groups.data?.ok ? groups.data.data : [];
  // Until the chosen subscription's groups are read the list stays shut: opened empty, it filled in under a
  // keyboard user and Fluent made its first option active as it arrived, so an ArrowDown pressed then landed
  // on the second. aria-disabled, not disabled, so Tab from Subscription still lands here meanwhile.
  const awaitingGroups = subscriptionId !== '' && groups.data === undefined;
  const [open, setOpen] = useState(false);
  const locations = regions.data?.ok ? regions.data.data.groupLocations : [];
  const defaultLocation = primaryRegion || (regions.data?.ok ? (regions.data.data.registryRegions[0]?.name ?? '') : '');
  const loadError = groups.data && !groups.data.ok ? `Resource groups could not be read: ${groups.data.message}` : undefined;
  const error =
    errorAt(formState.errors, 'resourceGroup.name') ??
    errorAt(formState.errors, 'resourceGroup.location') ??
    errorAt(formState.errors, 'resourceGroup') ??
    loadError;

  // The group's region becomes the proposed primary region until the person picks one themselves (a pick
  // marks the field dirty); a region without registries proposes nothing.
  const proposeFrom = (location: string) => {
    if (getFieldState('primaryRegion').isDirty) return;
    const proposal = proposedPrimary(location, regions.data?.ok ? regions.data.data.registryRegions : []);
    if (!proposal) return;
    const next = withPrimary(getValues(), proposal);
    setValue('primaryRegion', next.primaryRegion);
    setValue('additionalRegions', next.additionalRegions);
    setValue('advanced.storage', next.advanced.storage);
  };

  // The subscription's regions may arrive after the group was picked (both are read when the subscription is
  // chosen): propose then, while no primary region is chosen yet.
  const chosen = useWatch({ control, name: 'resourceGroup' });
  const chosenLocation = chosen?.mode === 'new' ? chosen.location : existing.find((g) => g.name === chosen?.name)?.location;
  const regionsReady = regions.data?.ok === true;
  useEffect(() => {
    if (regionsReady && chosenLocation && !getValues('primaryRegion')) proposeFrom(chosenLocation);
    // proposeFrom reads the current regions; it runs again only when they arrive or the group's region changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [regionsReady, chosenLocation]);

  return (
    <Controller
      name="resourceGroup"
      control={control}
      render={({ field }) => {
        const group = field.value ?? { mode: 'existing', name: '' };
        const newGroup = group.mode === 'new' && group.name !== '' ? group : null;
        const selectedValue = group.name === '' ? '' : group.mode === 'new' ? `${NEW_PREFIX}${group.name}` : group.name;
        const label = group.name === '' ? '' : group.mode === 'new' ? `(New) ${group.name}` : group.name;
        return (
          <div className={styles.row}>
            <Field
              label="Resource group"
              required
              hint={subscriptionId === '' ? 'Choose a subscription first.' : undefined}
              validationMessage={error}
              validationState={error ? 'error' : 'none'}
            >
              <Dropdown
                ref={field.ref}
                className={error ? invalidStyles.invalid : undefined}
                placeholder={awaitingGroups || groups.isFetching ? 'Loading resource groups…' : 'Choose a resource group'}
                disabled={subscriptionId === ''}
                aria-disabled={awaitingGroups || undefined}
                open={open && !awaitingGroups}
                onOpenChange={(_, data) => setOpen(data.open && !awaitingGroups)}
                value={label}
                selectedOptions={selectedValue ? [selectedValue] : []}
                onOptionSelect={(_, data) => {
                  const value = data.optionValue ?? '';
                  if (value.startsWith(NEW_PREFIX) && newGroup) {
                    field.onChange(newGroup);
                    proposeFrom(newGroup.location ?? '');
                  } else {
                    field.onChange({ mode: 'existing', name: value });
                    proposeFrom(existing.find((g) => g.name === value)?.location ?? '');
                  }
                  // As for Subscription: clear a shown error now, not on blur (which moved the next field under the pointer).
                  if (error) void trigger('resourceGroup');
                }}
                onBlur={field.onBlur}
              >
                {newGroup && (
                  <Option value={`${NEW_PREFIX}${newGroup.name}`} text={`(New) ${newGroup.name}`}>
                    {`(New) ${newGroup.name}`}
                  </Option>
                )}
                {existing.map((g) => (
                  <Option key={g.name} value={g.name}>
                    {g.name}
                  </Option>
                ))}
              </Dropdown>
            </Field>
            <div className={styles.createNew}>
              <NewResourceGroupPopover
                existingNames={existing.map((g) => g.name)}
                locations={locations}
                defaultLocation={defaultLocation}
                disabled={subscriptionId === ''}
                onCreate={({ name, location }) => {
                  setValue('resourceGroup', { mode: 'new', name, location }, { shouldValidate: true, shouldDirty: true });
                  proposeFrom(location);
                }}
              />
            </div>
          </div>
        );
      }}
    />
  );
}
