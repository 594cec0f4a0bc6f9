// The tenant-wide asset search's ARM reads: every registry the principal can list, then each registry's
// asset containers of every searched kind, at most SEARCH_CONCURRENCY requests in flight across the whole
// search. Each registry is reported as soon as all of its kinds have answered, so the page fills in while
// slower registries are still being read; a registry whose assets cannot be read is reported with ARM's
// reason instead of its hits. Each read is bounded like any read the browser waits on (BROWSER_READ_BUDGET_MS):
// a registry whose ARM stops answering is reported as such instead of holding the search for ARM's 90 s.
import 'server-only';
import type { ArmClient } from '@/lib/arm/client';
import { BROWSER_READ_BUDGET_MS, withArmDeadline } from '@/lib/arm/deadline';
import { isArmError } from '@/lib/arm/errors';
import { listAssetContainers } from '@/lib/arm/registry-assets';
import { nameMatches, SEARCH_CONCURRENCY, SEARCH_KINDS, type AssetSearchEvent, type AssetSearchHit, type SearchedRegistry } from '@/lib/registries/assets/asset-search';
import { listFailureOf, type RegistryList } from '@/lib/registries/registry-list';
import { listRegistries } from './list-registries';
import { mapWithLimit } from './map-with-limit';

/**
 * Streams the search for `query` to `emit`, ending with `done`. Throws ArmError when no registry list could be
 * read. `list` reads the registries (the route gives it the page's time budget); default: listRegistries.
 */
export async function searchAssets(
  client: ArmClient,
  query: string,
  emit: (event: AssetSearchEvent) => void,
  { concurrency = SEARCH_CONCURRENCY, list: readList = () => listRegistries(client) }: { concurrency?: number; list?: () => Promise<RegistryList> } = {},
): Promise<void> {
  const list = await readList();
  emit({ type: 'started', registries: list.rows.length, unreadableSubscriptions: list.unreadable.map((u) => ({ subscriptionName: u.subscriptionName, message: u.message })) });
  const states = list.rows.map((row) => ({
    registry: { subscriptionId: row.subscriptionId, subscriptionName: row.subscriptionName, resourceGroup: row.resourceGroup, name: row.name } satisfies SearchedRegistry,
    waiting: SEARCH_KINDS.length,
    hits: [] as AssetSearchHit[],
    failure: null as unknown,
  }));
  const tasks = states.flatMap((state) => SEARCH_KINDS.map((kind) => ({ state, kind })));
  await mapWithLimit(tasks, concurrency, async ({ state, kind }) => {
    // One refused kind means the registry's assets are not readable: its other kinds need not be asked.
    if (!state.failure) {
      const ref = { subscriptionId: state.registry.subscriptionId, resourceGroup: state.registry.resourceGroup, registryName: state.registry.name };
      try {
        const containers = await withArmDeadline(BROWSER_READ_BUDGET_MS, () => listAssetContainers(client, ref, kind));
        for (const c of containers) {
          if (c.name && nameMatches(c.name, query)) state.hits.push({ kind, name: c.name, latestVersion: c.properties?.latestVersion ?? null, description: c.properties?.description ?? null });
        }
      } catch (error) {
        if (!isArmError(error)) throw error;
        state.failure = error;
      }
    }
    if (--state.waiting > 0) return;
    if (isArmError(state.failure)) emit({ type: 'unreadable', registry: state.registry, ...listFailureOf(state.failure) });
    else emit({ type: 'registry', registry: state.registry, hits: state.hits.sort((a, b) => a.name.localeCompare(b.name)) });
  });
  emit({ type: 'done' });
}
