// What a person can publish: the four kinds, their words, and the model and data types the forms offer.
// Kept free of zod, unlike the schemas that use them (publish-common, publish-model, publish-data): the
// publish page shows these before anything is parsed, and a module that builds zod schemas at load brings
// zod into the page's first download.

/** The kinds the console publishes (codes are uploaded by clients, never published from a form). */
export const PUBLISH_KINDS = ['models', 'environments', 'components', 'data'] as const;
/** One of PUBLISH_KINDS. */
export type PublishKind = (typeof PUBLISH_KINDS)[number];

/** The kind named by a route segment, or null (the page answers 404). */
export function parsePublishKind(raw: unknown): PublishKind | null {
  return PUBLISH_KINDS.find((k) => k === raw) ?? null;
}

/** Words for each kind: the noun in sentences, with its article ("an environment"), and the `az ml` command group. */
export const PUBLISH_KIND_WORDS: Record<PublishKind, { noun: string; aNoun: string; cli: string }> = {
  models: { noun: 'model', aNoun: 'a model', cli: 'model' },
  environments: { noun: 'environment', aNoun: 'an environment', cli: 'environment' },
  components: { noun: 'component', aNoun: 'a component', cli: 'component' },
  data: { noun: 'data asset', aNoun: 'a data asset', cli: 'data' },
};

/** mfe.json's model types as the CLI names them (`type:` in model.yml). */
export const MODEL_TYPES = ['custom_model', 'mlflow_model', 'triton_model'] as const;
/** DataType in mfe.json. */
export const DATA_TYPES = ['uri_file', 'uri_folder', 'mltable'] as const;
