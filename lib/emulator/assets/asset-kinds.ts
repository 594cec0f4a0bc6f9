// The five registry asset kinds as mfe.json (2025-09-01) defines them: ARM types, which list parameters
// each list operation has, which kinds have startPendingUpload, the defaults the spec declares, and the
// required fields of each version body. What may change on an existing version comes from the spec's
// x-ms-mutability: AssetBase.isArchived and ResourceBase description/tags are updatable, `stage` has no
// create-only marker; every other field is ["create","read"] (modelUri, flavors, image, build, condaFile,
// componentSpec, dataType, dataUri, codeUri, …) or read-only.
import type { AssetKind } from '../store/assets';

/** Per-kind facts of the asset API. */
export interface AssetKindSpec {
  kind: AssetKind;
  /** Singular noun for messages ("model", "data asset"). */
  noun: string;
  containerType: string;
  versionType: string;
  /** RegistryXContainers_List takes listViewType (models, environments, data). */
  containerListViewType: boolean;
  /** RegistryXVersions_List query parameters beyond $skipToken. */
  versionList: { orderBy: boolean; top: boolean; listViewType: boolean; tagsParameter?: 'tags' | '$tags'; modelFilters: boolean };
  /** POST …/versions/{version}/startPendingUpload exists (models, data, codes). */
  pendingUpload: boolean;
  /** Spec defaults applied to a new version's properties. */
  defaults: Record<string, unknown>;
}

const TYPE = 'Microsoft.MachineLearningServices/registries';

const spec = (kind: AssetKind, noun: string, rest: Omit<AssetKindSpec, 'kind' | 'noun' | 'containerType' | 'versionType'>): AssetKindSpec => ({
  kind,
  noun,
  containerType: `${TYPE}/${kind}`,
  versionType: `${TYPE}/${kind}/versions`,
  ...rest,
});

/** The asset kinds by path segment. */
export const ASSET_KINDS: Record<AssetKind, AssetKindSpec> = {
  models: spec('models', 'model', {
    containerListViewType: true,
    versionList: { orderBy: true, top: true, listViewType: true, tagsParameter: 'tags', modelFilters: true },
    pendingUpload: true,
    // A model without flavors has an empty map, never none: azure-ai-ml (Model._from_rest_object) iterates it.
    defaults: { flavors: {} },
  }),
  environments: spec('environments', 'environment', {
    containerListViewType: true,
    versionList: { orderBy: true, top: true, listViewType: true, modelFilters: false },
    pendingUpload: false,
    defaults: { autoRebuild: 'Disabled', osType: 'Linux', environmentType: 'UserCreated' },
  }),
  components: spec('components', 'component', {
    containerListViewType: false,
    versionList: { orderBy: true, top: true, listViewType: false, modelFilters: false },
    pendingUpload: false,
    defaults: {},
  }),
  data: spec('data', 'data asset', {
    containerListViewType: true,
    versionList: { orderBy: true, top: true, listViewType: true, tagsParameter: '$tags', modelFilters: false },
    pendingUpload: true,
    defaults: {},
  }),
  codes: spec('codes', 'code', {
    containerListViewType: false,
    versionList: { orderBy: true, top: true, listViewType: false, modelFilters: false },
    pendingUpload: true,
    defaults: {},
  }),
};

/** Version fields a PUT on an existing version may change (spec mutability); everything else is fixed at creation. */
export const MUTABLE_VERSION_FIELDS = ['description', 'tags', 'isArchived', 'stage'] as const;

/** Read-only version fields the service fills in; a client echoing them back is not changing anything. */
export const READ_ONLY_VERSION_FIELDS = ['provisioningState', 'environmentType', 'regionReplication'] as const;

/** Fields every version has, with AssetBase/ResourceBase defaults. */
export const BASE_DEFAULTS: Record<string, unknown> = { isAnonymous: false, isArchived: false, tags: {}, properties: {} };
