// Shown while the create wizard's page reads the subscriptions.
import { Spinner } from '@fluentui/react-components';
import { PageHeader } from '@/components/shell/page-header';

/** Loading state of /registries/create. */
export default function CreateRegistryLoading() {
  return (
    <>
      <PageHeader title="Create a registry" />
      <Spinner size="small" labelPosition="after" label="Loading your subscriptions…" />
    </>
  );
}
