// Keeping the Regions step's values consistent while the user edits: the primary is never also an
// additional region, and storage settings exist only for chosen regions (the schema refuses strays).
import type { CreateRegistryForm } from '@/lib/registries/create-registry-schema';
import { normalizeLocation, type RegionOption } from '@/lib/registries/regions';

type RegionValues = Pick<CreateRegistryForm, 'primaryRegion' | 'additionalRegions' | 'advanced'>;

/** Storage settings of the chosen regions only. */
export function pruneStorage(values: RegionValues): RegionValues['advanced']['storage'] {
  const chosen = new Set([values.primaryRegion, ...values.additionalRegions]);
  return Object.fromEntries(Object.entries(values.advanced.storage ?? {}).filter(([region]) => chosen.has(region)));
}

/** The values after choosing a new primary region: it leaves the additional regions if it was one. */
export function withPrimary(values: RegionValues, primaryRegion: string): RegionValues {
  const next = { ...values, primaryRegion, additionalRegions: values.additionalRegions.filter((r) => r !== primaryRegion) };
  return { ...next, advanced: { ...values.advanced, storage: pruneStorage(next) } };
}

/** The values after changing the additional regions (the primary and duplicates are dropped). */
export function withAdditional(values: RegionValues, additionalRegions: readonly string[]): RegionValues {
  const unique = [...new Set(additionalRegions)].filter((r) => r !== values.primaryRegion);
  const next = { ...values, additionalRegions: unique };
  return { ...next, advanced: { ...values.advanced, storage: pruneStorage(next) } };
}

/** Options whose display name or region name contains the query (case- and space-insensitive). */
export function filterRegions(options: readonly RegionOption[], query: string): RegionOption[] {
  const q = normalizeLocation(query);
  if (q === '') return [...options];
  return options.filter((o) => normalizeLocation(o.regionalDisplayName).includes(q) || o.name.includes(q));
}

/**
 * The primary region to propose for a resource group's location: the group's own region when the provider
 * offers registries there (a registry beside its group keeps them in one geography), else none.
 */
export function proposedPrimary(groupLocation: string, options: readonly RegionOption[]): string | null {
  const location = normalizeLocation(groupLocation);
  return options.find((o) => o.name === location)?.name ?? null;
}

/** The options in the order the picker shows them: recommended ones first, then the others. */
export function inShownOrder(options: readonly RegionOption[]): RegionOption[] {
  return [...options.filter((o) => o.recommended), ...options.filter((o) => !o.recommended)];
}

/**
 * The region Enter picks for typed text: the option whose name the text spells exactly ("East US" is East US,
 * not East US 2), else the first shown option the text matches; null when none does.
 */
export function typedMatch(options: readonly RegionOption[], query: string): string | null {
  const q = normalizeLocation(query);
  const matches = inShownOrder(filterRegions(options, query));
  const exact = matches.find((o) => [o.name, o.displayName, o.regionalDisplayName].some((text) => normalizeLocation(text) === q));
  return (exact ?? matches[0])?.name ?? null;
}
