// Shown while the registries page reads ARM.
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
