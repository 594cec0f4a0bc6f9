// /registries/create: the create wizard. The subscriptions are read with the page, so Basics can show them
// at once; everything else the wizard asks as the user chooses.
import type { Metadata } from 'next';
import { PageHeader } from '@/components/shell/page-header';
import { CreateRegistryView } from './create-registry-view';
import { listSubscriptionsAction } from './list-subscriptions-action';

/** Title of the create wizard. */
export const metadata: Metadata = { title: 'Create a registry' };

/** The create wizard page. */
export default async function CreateRegistryPage() {
  const subscriptions = await listSubscriptionsAction();
  return (
    <>
      <PageHeader
        title="Create a registry"
        description="Share models, components and environments across your organization's workspaces, in the regions they run in."
      />
      <CreateRegistryView subscriptions={subscriptions} />
    </>
  );
}
