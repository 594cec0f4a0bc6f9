// The asset kinds the registry page browses (mfe.json's registry asset collections, codes aside: code
// assets are what jobs snapshot, not something a person browses) and the words the console uses for each.
import { z } from 'zod';

/** The browsable kinds, in tab order; each is its ARM path segment under the registry. */
export const BROWSABLE_ASSET_KINDS = ['models', 'environments', 'components', 'data'] as const;

/** One browsable kind. */
export type BrowsableAssetKind = (typeof BROWSABLE_ASSET_KINDS)[number];

/** What the console calls one kind. */
export interface AssetKindWords {
  /** "Models" (tab label). */
  plural: string;
  /** "model" (in sentences). */
  singular: string;
  /** Whether mfe.json gives the kind's container list a `listViewType` (components have none). */
  containerListViewType: boolean;
}

/** Each kind's words. */
export const ASSET_KIND_WORDS: Record<BrowsableAssetKind, AssetKindWords> = {
  models: { plural: 'Models', singular: 'model', containerListViewType: true },
  environments: { plural: 'Environments', singular: 'environment', containerListViewType: true },
  components: { plural: 'Components', singular: 'component', containerListViewType: false },
  data: { plural: 'Data', singular: 'data asset', containerListViewType: true },
};

/** A kind from untrusted input. */
export const assetKindSchema = z.enum(BROWSABLE_ASSET_KINDS, { error: 'The asset kind must be models, environments, components or data.' });

/** mfe.json's pattern on every registry asset {name}. */
export const assetNameSchema = z.string().regex(/^[a-zA-Z0-9][a-zA-Z0-9\-_]{0,254}$/, {
  error: 'An asset name is 1-255 letters, digits, hyphens and underscores, starting with a letter or digit.',
});

/** Versions: letters, digits, '.', '-', '_' (first one alphanumeric), as the service and CLI accept them. */
export const assetVersionSchema = z.string().regex(/^[a-zA-Z0-9][a-zA-Z0-9.\-_]{0,254}$/, {
  error: 'A version is 1-255 letters, digits, periods, hyphens and underscores, starting with a letter or digit.',
});

/** True for a browsable kind. */
export function isBrowsableAssetKind(value: unknown): value is BrowsableAssetKind {
  return assetKindSchema.safeParse(value).success;
}
