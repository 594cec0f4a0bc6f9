// /assets/search?q=…: assets whose names contain q, in every registry the signed-in person can read. The
// page renders at once; the results stream in from ./results as each registry answers. The page's ARM budget
// runs from this render (`askedAt`), though the browser asks for the results only once it has hydrated.
import type { Metadata } from 'next';
import { AssetSearchForm } from '@/components/asset-search/asset-search-form';
import { AssetSearchResults } from '@/components/asset-search/asset-search-results';
import { PageHeader } from '@/components/shell/page-header';
import { assetSearchQuerySchema } from '@/lib/registries/assets/asset-search';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** "Assets named like …". */
export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const q = (await searchParams).q;
  return { title: typeof q === 'string' && q.trim() ? `Assets: ${q.trim()}` : 'Search assets' };
}

// When this page was asked for (the server's clock, which the results route reads too).
function requestedAt(): number {
  return Date.now();
}

/** The asset search page. */
export default async function AssetSearchPage({ searchParams }: { searchParams: SearchParams }) {
  const raw = (await searchParams).q;
  const query = assetSearchQuerySchema.safeParse(typeof raw === 'string' ? raw : '');
  const askedAt = requestedAt();
  return (
    <>
      <PageHeader title="Search assets" description="Models, environments, components and data in every registry you can read." />
      <div>
        <AssetSearchForm query={query.success ? query.data : ''} />
      </div>
      {query.success ? <AssetSearchResults key={query.data} query={query.data} askedAt={askedAt} /> : null}
    </>
  );
}
