'use client';
// Step 1, Basics: where the registry goes and what it is called, with the preflight below.
import { makeStyles, tokens } from '@fluentui/react-components';
import { useFormContext, useWatch } from 'react-hook-form';
import type { CreateRegistryForm } from '@/lib/registries/create-registry-schema';
import type { ActionResult } from '@/lib/action-kit/action-result';
import type { SubscriptionOption } from '@/lib/registries/wizard-options';
import { DescriptionField } from './description-field';
import { PreflightPanel } from './preflight-panel';
import { RegistryNameField } from './registry-name-field';
import { ResourceGroupField } from './resource-group-field';
import { SubscriptionField } from './subscription-field';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '640px' },
});

/** The Basics step's fields and preflight. */
export function BasicsStep({ subscriptions }: { subscriptions: ActionResult<SubscriptionOption[]> }) {
  const styles = useStyles();
  const { control } = useFormContext<CreateRegistryForm>();
  const subscriptionId = useWatch({ control, name: 'subscriptionId' }) ?? '';
  const resourceGroup = useWatch({ control, name: 'resourceGroup' });
  return (
    <div className={styles.root}>
      <SubscriptionField subscriptions={subscriptions} />
      <ResourceGroupField />
      <PreflightPanel
        target={{ subscriptionId, resourceGroup: { mode: resourceGroup?.mode ?? 'existing', name: resourceGroup?.name ?? '' } }}
      />
      <RegistryNameField />
      <DescriptionField />
    </div>
  );
}
