// Shown while the registries list reads ARM. In the (list) route group so it wraps the list alone: a registry
// page's full load must not show the list's skeleton.
import { AssetSearchForm } from '@/components/asset-search/asset-search-form';
import { RegistriesHeader } from '@/components/registries/registries-header';
import { RegistriesTableSkeleton } from '@/components/registries/registries-table-skeleton';

/** Loading state of /registries. */
export default function RegistriesLoading() {
  return (
    <>
      {/* The page's own header, search box included, so nothing moves when the rows arrive. */}
      <RegistriesHeader search={<AssetSearchForm />} />
      <RegistriesTableSkeleton />
    </>
  );
}
