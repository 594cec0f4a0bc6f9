'use client';
// Wires the route's server actions into the wizard (components never import route code).
import { Spinner } from '@fluentui/react-components';
import dynamic from 'next/dynamic';
import { WizardServicesProvider, type WizardServices } from '@/components/create-registry/wizard-services';
import type { ActionResult } from '@/lib/action-kit/action-result';
import type { SubscriptionOption } from '@/lib/registries/wizard-options';
import { checkRegistryNameAction } from './check-registry-name-action';
import { createRegistryAction } from './create-registry-action';
import { listRegionsAction } from './list-regions-action';
import { listResourceGroupsAction } from './list-resource-groups-action';
import { listSubscriptionsAction } from './list-subscriptions-action';
import { preflightAction } from './preflight-action';
import { registerProviderAction } from './register-provider-action';
import { validateRegistryAction } from './validate-registry-action';

// Browser only: the wizard starts from the draft in sessionStorage, which the server cannot see.
const CreateRegistryWizard = dynamic(
  () => import('@/components/create-registry/create-registry-wizard').then((m) => m.CreateRegistryWizard),
  { ssr: false, loading: () => <Spinner size="small" labelPosition="after" label="Loading the wizard…" /> },
);

const services: WizardServices = {
  listSubscriptions: listSubscriptionsAction,
  listResourceGroups: listResourceGroupsAction,
  listRegions: listRegionsAction,
  checkRegistryName: checkRegistryNameAction,
  preflight: preflightAction,
  registerProvider: registerProviderAction,
  validate: validateRegistryAction,
  create: createRegistryAction,
};

/** The create wizard with this route's actions behind it. */
export function CreateRegistryView({ subscriptions }: { subscriptions: ActionResult<SubscriptionOption[]> }) {
  return (
    <WizardServicesProvider services={services}>
      <CreateRegistryWizard subscriptions={subscriptions} />
    </WizardServicesProvider>
  );
}
