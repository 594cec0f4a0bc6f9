// Shown while the registries list reads ARM. In the (list) route group so it wraps the list alone: a registry
// page's full load must not show the list's skeleton.
import { PageHeader } from '@/components/shell/page-header';
import { RegistriesTableSkeleton } from '@/components/registries/registries-table-skeleton';

/** Loading state of /registries. */
export default function RegistriesLoading() {
  return (
    <>
      <PageHeader title="Registries" description="Azure Machine Learning registries in every subscription you can read." />
      <RegistriesTableSkeleton />
    </>
  );
}
