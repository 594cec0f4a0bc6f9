// What every publish form shares: the four kinds a person can publish, and the name, version, description
// and tags fields with Azure's rules, as zod schemas the form and the server action both run.
import { z } from 'zod';
import { ASSET_NAME_PATTERN, ASSET_VERSION_PATTERN } from '@/lib/arm-facts/asset-names';
import { markupProblem } from '@/lib/registries/markup';

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

/** Longest description the console sends (mfe.json sets none; a page of text is plenty). */
export const MAX_DESCRIPTION_LENGTH = 5000;
/** At most this many tags on one asset version. */
export const MAX_ASSET_TAGS = 50;

export const assetNameSchema = z
  .string({ error: 'Enter a name.' })
  .trim()
  .min(1, { error: 'Enter a name.' })
  .regex(ASSET_NAME_PATTERN, { error: 'Use 1-255 letters, digits, hyphens and underscores, starting with a letter or digit.' });

export const assetVersionSchema = z
  .string({ error: 'Enter a version.' })
  .trim()
  .min(1, { error: 'Enter a version.' })
  .regex(ASSET_VERSION_PATTERN, { error: 'Use 1-255 letters, digits, periods, hyphens and underscores, starting with a letter or digit.' });

export const assetDescriptionSchema = z
  .string({ error: 'The description must be text.' })
  .max(MAX_DESCRIPTION_LENGTH, { error: `Use at most ${MAX_DESCRIPTION_LENGTH} characters.` })
  .superRefine((value, ctx) => {
    const problem = markupProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/**
 * Tags typed one per line as `name=value` (a line without `=` is a tag with an empty value, as `az ml --set
 * tags.name=` makes). Parsed into the map the version body carries; problems name the line.
 */
export const assetTagsTextSchema = z
  .string({ error: 'Tags must be text.' })
  .max(50_000, { error: 'That is too much text for tags.' })
  .transform((text, ctx) => {
    const tags: Record<string, string> = {};
    const lines = text.split(/\r?\n/).map((l) => l.trim());
    lines.forEach((line, index) => {
      if (!line) return;
      const eq = line.indexOf('=');
      const name = (eq < 0 ? line : line.slice(0, eq)).trim();
      const value = eq < 0 ? '' : line.slice(eq + 1).trim();
      const problem = !name ? 'a tag needs a name before "="' : Object.hasOwn(tags, name) ? `"${name}" is already used above` : markupProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: `Line ${index + 1}: ${problem}.` });
      else tags[name] = value;
    });
    if (Object.keys(tags).length > MAX_ASSET_TAGS) ctx.addIssue({ code: 'custom', message: `Use at most ${MAX_ASSET_TAGS} tags.` });
    return tags;
  });

/** The fields every kind's form has. */
export const assetBasicsShape = {
  name: assetNameSchema,
  version: assetVersionSchema,
  description: assetDescriptionSchema,
  tags: assetTagsTextSchema,
};

/** The asset's reference other jobs and pipelines use: `azureml://registries/{registry}/{kind}/{name}/versions/{version}`. */
export function assetUri(registryName: string, kind: PublishKind, name: string, version: string): string {
  return `azureml://registries/${registryName}/${kind}/${name}/versions/${version}`;
}

/** The asset page of one version (the registry page's asset route): where a publish ends. */
export function publishedAssetHref(registry: { subscriptionId: string; resourceGroup: string; name: string }, kind: PublishKind, name: string, version: string): string {
  const seg = encodeURIComponent;
  return `/registries/${seg(registry.subscriptionId)}/${seg(registry.resourceGroup)}/${seg(registry.name)}/assets/${kind}/${seg(name)}?version=${seg(version)}`;
}
