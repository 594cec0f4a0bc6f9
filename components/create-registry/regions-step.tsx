'use client';
// Step 2, Regions: primary (permanent), additional regions (changeable later) and Advanced storage settings,
// from the regions the chosen subscription offers registries in.
import { makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { useFormContext, useWatch } from 'react-hook-form';
import type { CreateRegistryForm } from '@/lib/registries/create-registry-schema';
import { AdditionalRegionsField } from './additional-regions-field';
import { AdvancedRegionSettings } from './advanced-region-settings';
import { PrimaryRegionField } from './primary-region-field';
import { useSubscriptionRegions } from './wizard-queries';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '720px' },
});

/** The Regions step. */
export function RegionsStep() {
  const styles = useStyles();
  const { control } = useFormContext<CreateRegistryForm>();
  const subscriptionId = useWatch({ control, name: 'subscriptionId' }) ?? '';
  const regions = useSubscriptionRegions(subscriptionId);
  const options = regions.data?.ok ? regions.data.data.registryRegions : [];
  return (
    <div className={styles.root}>
      {subscriptionId === '' && (
        <MessageBar intent="info">
          <MessageBarBody>Choose a subscription in Basics first: the regions depend on it.</MessageBarBody>
        </MessageBar>
      )}
      {regions.data && !regions.data.ok && (
        <MessageBar intent="error">
          <MessageBarBody>
            Regions could not be read: {regions.data.message}
            {regions.data.code ? ` (${regions.data.code})` : ''}
          </MessageBarBody>
        </MessageBar>
      )}
      <PrimaryRegionField options={options} loading={regions.isFetching} />
      <AdditionalRegionsField options={options} />
      <AdvancedRegionSettings options={options} />
    </div>
  );
}
