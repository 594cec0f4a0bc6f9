// The regions a registry can be created in, as the wizard's region pickers show them.
import type { WireLocation, WireProvider } from '@/lib/arm/wire-types';
import { compareEnglish } from './english-order';

/** One choice in the "Primary region" and "Additional regions" pickers. */
export interface RegionOption {
  /** Canonical region name sent to ARM ("eastus"). */
  name: string;
  /** "East US". */
  displayName: string;
  /** What the pickers show: "(US) East US". */
  regionalDisplayName: string;
  /** ARM's regionCategory is Recommended: listed first. */
  recommended: boolean;
  /** "US", "Europe", …; '' when ARM does not say. */
  geographyGroup: string;
}

/** The provider's resource type that lists where registries can be created. */
export const REGISTRIES_RESOURCE_TYPE = 'registries';

/** "East US" / "eastus" / "East  us" → "eastus": how provider display names are matched to region names (ARM contract §3). */
export function normalizeLocation(location: string): string {
  return location.toLowerCase().replace(/\s+/g, '');
}

/** The normalised regions where the provider offers registries. */
export function registrySupportedLocations(provider: WireProvider): Set<string> {
  const resourceType = provider.resourceTypes.find(
    (t) => t.resourceType.toLowerCase() === REGISTRIES_RESOURCE_TYPE,
  );
  return new Set((resourceType?.locations ?? []).map(normalizeLocation));
}

/**
 * The subscription's physical regions that support registries, recommended first, then alphabetical by
 * regional display name. Logical entries (geo aggregates, staging) and edge zones are dropped (ARM contract §3).
 */
export function registryRegionOptions(locations: readonly WireLocation[], provider: WireProvider): RegionOption[] {
  const supported = registrySupportedLocations(provider);
  return locations
    .filter((l) => l.metadata?.regionType === 'Physical' && l.type !== 'EdgeZone')
    .filter((l) => supported.has(normalizeLocation(l.displayName)) || supported.has(normalizeLocation(l.name)))
    .map(
      (l): RegionOption => ({
        name: l.name,
        displayName: l.displayName,
        regionalDisplayName: l.regionalDisplayName || l.displayName,
        recommended: l.metadata?.regionCategory === 'Recommended',
        geographyGroup: l.metadata?.geographyGroup ?? '',
      }),
    )
    .sort(
      (a, b) =>
        Number(b.recommended) - Number(a.recommended) || compareEnglish(a.regionalDisplayName, b.regionalDisplayName),
    );
}

/** The label for a region name, falling back to the name itself for a region not in the options. */
export function regionLabel(name: string, options: readonly RegionOption[]): string {
  const key = normalizeLocation(name);
  return options.find((o) => o.name === key)?.regionalDisplayName ?? name;
}
