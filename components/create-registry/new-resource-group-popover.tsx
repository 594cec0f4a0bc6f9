'use client';
// "Create new" resource group, inline (the Portal's popover): a name with ARM's rules and a region; OK adds
// "(New) name" to the resource group choice. Nothing is created until Create.
import {
  Button,
  Dropdown,
  Field,
  Input,
  makeStyles,
  Option,
  Popover,
  PopoverSurface,
  PopoverTrigger,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { RESOURCE_GROUP_NAME_HINT, resourceGroupNameProblem } from '@/lib/registries/names';
import type { GroupLocationOption } from '@/lib/registries/wizard-options';

const useStyles = makeStyles({
  surface: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, width: '360px' },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, justifyContent: 'flex-end' },
});

/** Props: existing names (to refuse duplicates), the locations a group may use, and what to do on OK. */
export interface NewResourceGroupPopoverProps {
  existingNames: readonly string[];
  locations: readonly GroupLocationOption[];
  defaultLocation: string;
  disabled?: boolean;
  onCreate(group: { name: string; location: string }): void;
}

/** The "Create new" link and its popover. */
export function NewResourceGroupPopover({ existingNames, locations, defaultLocation, disabled, onCreate }: NewResourceGroupPopoverProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [location, setLocation] = useState('');
  const [touched, setTouched] = useState(false);
  const chosenLocation = location || defaultLocation;
  const taken = existingNames.some((n) => n.toLowerCase() === name.toLowerCase());
  const problem = resourceGroupNameProblem(name) ?? (taken ? `A resource group named "${name}" already exists: choose it from the list.` : null);

  const submit = () => {
    setTouched(true);
    if (problem || !chosenLocation) return;
    onCreate({ name, location: chosenLocation });
    setOpen(false);
  };

  return (
    <Popover
      open={open}
      onOpenChange={(_, data) => {
        setOpen(data.open);
        if (data.open) {
          setName('');
          setLocation('');
          setTouched(false);
        }
      }}
      trapFocus
    >
      <PopoverTrigger disableButtonEnhancement>
        <Button appearance="transparent" size="small" disabled={disabled}>
          Create new
        </Button>
      </PopoverTrigger>
      <PopoverSurface aria-label="Create a new resource group">
        <form
          className={styles.surface}
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <Field
            label="Name"
            required
            hint={RESOURCE_GROUP_NAME_HINT}
            validationMessage={touched || name !== '' ? (problem ?? undefined) : undefined}
          >
            <Input value={name} onChange={(_, d) => setName(d.value)} autoComplete="off" />
          </Field>
          <Field label="Region" required hint="Where the resource group keeps its metadata.">
            <Dropdown
              value={locations.find((l) => l.name === chosenLocation)?.regionalDisplayName ?? ''}
              selectedOptions={chosenLocation ? [chosenLocation] : []}
              onOptionSelect={(_, d) => setLocation(d.optionValue ?? '')}
            >
              {locations.map((l) => (
                <Option key={l.name} value={l.name}>
                  {l.regionalDisplayName}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <div className={styles.buttons}>
            <Button appearance="primary" type="submit">
              OK
            </Button>
            <Button onClick={() => setOpen(false)}>Cancel</Button>
          </div>
        </form>
      </PopoverSurface>
    </Popover>
  );
}
