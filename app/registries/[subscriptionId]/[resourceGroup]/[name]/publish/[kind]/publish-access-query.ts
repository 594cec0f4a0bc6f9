// The publish page's access query, shared by the server render (page.tsx fetches it within the page's ARM
// budget) and the browser (publish-access-view.tsx), so both use one key and one fetcher.
import { queryOptions } from '@tanstack/react-query';
import { registryAssetsKey } from '@/components/registry-assets/asset-queries';
import { readAgainInterval } from '@/lib/action-kit/reads-again';
import type { RegistryRef } from '@/lib/registries/registry-ref';
import { getPublishAccessAction } from './get-publish-access-action';

/** The registry and the principal's right to publish to it. */
export function publishAccessQuery(ref: RegistryRef) {
  return queryOptions({
    queryKey: [...registryAssetsKey(ref), 'publish-access'] as const,
    queryFn: () => getPublishAccessAction(ref),
    // The render's ARM budget ran out (throttling, or no answer): the browser reads on by itself.
    refetchInterval: readAgainInterval,
  });
}
