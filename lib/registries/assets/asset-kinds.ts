// The asset kinds the registry page browses (mfe.json's registry asset collections, codes aside: code
// assets are what jobs snapshot, not something a person browses) and the words the console uses for each.
// No zod here: client pages show these words before any input; the schemas are in asset-segments.ts.

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

/** True for a browsable kind. */
export function isBrowsableAssetKind(value: unknown): value is BrowsableAssetKind {
  return typeof value === 'string' && (BROWSABLE_ASSET_KINDS as readonly string[]).includes(value);
}
