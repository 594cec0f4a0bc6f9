'use client';
// Advanced (collapsed): the storage account type and hierarchical namespace of each region's storage
// account (the CLI's storage_config, ARM contract §6), and public network access.
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Dropdown,
  Field,
  makeStyles,
  Option,
  Radio,
  RadioGroup,
  Switch,
  tokens,
} from '@fluentui/react-components';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { STORAGE_ACCOUNT_TYPES } from '@/lib/arm-facts/storage-account-types';
import { storageSettingFor, type CreateRegistryForm } from '@/lib/registries/create-registry-schema';
import { regionLabel, type RegionOption } from '@/lib/registries/regions';
import { errorAt } from './error-paths';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, paddingBlock: tokens.spacingVerticalM },
  row: { display: 'grid', gridTemplateColumns: 'minmax(180px, 1fr) 220px auto', gap: tokens.spacingHorizontalL, alignItems: 'end' },
  region: { paddingBottom: tokens.spacingVerticalS },
});

function StorageRow({ region, options }: { region: string; options: RegionOption[] }) {
  const styles = useStyles();
  const { control, setValue, formState } = useFormContext<CreateRegistryForm>();
  const storage = useWatch({ control, name: 'advanced.storage' }) ?? {};
  const setting = storageSettingFor({ storage }, region);
  const label = regionLabel(region, options);
  const error = errorAt(formState.errors, `advanced.storage.${region}.type`) ?? errorAt(formState.errors, `advanced.storage.${region}`);
  const set = (next: Partial<typeof setting>) =>
    setValue(`advanced.storage.${region}`, { ...setting, ...next }, { shouldDirty: true, shouldValidate: true });
  return (
    <div className={styles.row} role="group" aria-label={`Storage in ${label}`}>
      <span className={styles.region}>{label}</span>
      <Field label="Storage account type" validationMessage={error}>
        <Dropdown value={setting.type} selectedOptions={[setting.type]} onOptionSelect={(_, d) => d.optionValue && set({ type: d.optionValue as typeof setting.type })}>
          {STORAGE_ACCOUNT_TYPES.map((type) => (
            <Option key={type} value={type}>
              {type}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Switch label="Hierarchical namespace" checked={setting.hns} onChange={(_, d) => set({ hns: d.checked })} />
    </div>
  );
}

/** The collapsed Advanced section of the Regions step. */
export function AdvancedRegionSettings({ options }: { options: RegionOption[] }) {
  const styles = useStyles();
  const { control } = useFormContext<CreateRegistryForm>();
  const primary = useWatch({ control, name: 'primaryRegion' }) ?? '';
  const additional = useWatch({ control, name: 'additionalRegions' }) ?? [];
  const regions = [primary, ...additional].filter((r) => r !== '');
  return (
    <Accordion collapsible>
      <AccordionItem value="advanced">
        <AccordionHeader>Advanced</AccordionHeader>
        <AccordionPanel>
          <div className={styles.panel}>
            {regions.length === 0 ? (
              <span>Choose a primary region to set its storage account.</span>
            ) : (
              regions.map((region) => <StorageRow key={region} region={region} options={options} />)
            )}
            <Controller
              name="advanced.publicNetworkAccess"
              control={control}
              render={({ field, fieldState }) => (
                <Field
                  label="Public network access"
                  hint="Disabled: the registry is reachable only through private endpoints."
                  validationMessage={fieldState.error?.message}
                >
                  <RadioGroup value={field.value} onChange={(_, d) => field.onChange(d.value)} layout="horizontal">
                    <Radio value="Enabled" label="Enabled" />
                    <Radio value="Disabled" label="Disabled" />
                  </RadioGroup>
                </Field>
              )}
            />
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
