// A new model version: the form's schema (the server action runs the same), the version body ARM gets, and
// the `az ml model create` YAML that does the same from a terminal.
import { z } from 'zod';
import type { WireAssetVersion } from '@/lib/arm/asset-wire-types';
import { assetBasicsShape } from './publish-common';
import { pickedFilesSchema } from './publish-files';
import { MODEL_TYPES } from './publish-kinds';

export const modelInputSchema = z.strictObject({
  kind: z.literal('models'),
  ...assetBasicsShape,
  modelType: z.enum(MODEL_TYPES, { error: 'Choose custom_model, mlflow_model or triton_model.' }),
  files: pickedFilesSchema,
});
/** What the model form sends, before parsing. */
export type ModelInput = z.input<typeof modelInputSchema>;
/** The model form's input once parsed (tags as a map). */
export type ParsedModelInput = z.output<typeof modelInputSchema>;

/** The version body: modelUri is the uploaded folder (`{container}/{name}`). */
export function modelVersionBody(input: ParsedModelInput, folderUri: string): WireAssetVersion {
  return { properties: { description: input.description || null, tags: input.tags, modelType: input.modelType, modelUri: folderUri } };
}

/** model.yml for `az ml model create --registry-name … -f model.yml` (the files sit in `./{name}`). */
export function modelCliDocument(input: ParsedModelInput): Record<string, unknown> {
  return {
    $schema: 'https://azuremlschemas.azureedge.net/latest/model.schema.json',
    name: input.name,
    version: input.version,
    type: input.modelType,
    path: `./${input.name}`,
    ...(input.description ? { description: input.description } : {}),
    ...(Object.keys(input.tags).length ? { tags: input.tags } : {}),
  };
}
