// The list's header, asset search box included, above the list's loading boundary: rendered once, so a search
// typed while the rows load is the same box when they arrive. When the loading state and the page each drew
// their own, the rows' arrival swapped the box for an empty one and the typed search was lost (CI: the asset
// search spec's Enter on an emptied required field went nowhere).
import type { ReactNode } from 'react';
import { AssetSearchForm } from '@/components/asset-search/asset-search-form';
import { RegistriesHeader } from '@/components/registries/registries-header';

/** The Registries hub's header over its list (or the list's loading state). */
export default function RegistriesListLayout({ children }: { children: ReactNode }) {
  return (
    <>
      {/* The tenant-wide asset search sits beside the title: the toolbar below is sized to one row at 1440 px. */}
      <RegistriesHeader search={<AssetSearchForm />} />
      {children}
    </>
  );
}
