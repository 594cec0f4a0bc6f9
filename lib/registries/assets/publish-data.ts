// A new data asset version: uri_file, uri_folder or mltable, from files uploaded now or from a URI where the
// data already lives (Azure storage, a datastore, a public https URL).
import { z } from 'zod';
import type { WireAssetVersion } from '@/lib/arm/asset-wire-types';
import { assetBasicsShape } from './publish-common';
import { pickedFilesSchema } from './publish-files';
import { DATA_TYPES } from './publish-kinds';

// The schemes Azure ML resolves for a data asset's path (the CLI's data.schema.json examples).
const DATA_URI_SCHEMES = ['https:', 'http:', 'azureml:', 'wasbs:', 'abfss:', 'adl:'];

export const dataUriSchema = z
  .string({ error: 'Enter a URI.' })
  .trim()
  .min(1, { error: 'Enter the URI of the data.' })
  .max(2048, { error: 'Use a URI under 2,048 characters.' })
  .superRefine((uri, ctx) => {
    let url: URL | null = null;
    try {
      url = new URL(uri);
    } catch {
      url = null;
    }
    if (!url || !DATA_URI_SCHEMES.includes(url.protocol)) ctx.addIssue({ code: 'custom', message: 'Use an https://, azureml://, wasbs://, abfss:// or adl:// URI.' });
  });

const dataBase = { kind: z.literal('data'), ...assetBasicsShape, dataType: z.enum(DATA_TYPES, { error: 'Choose uri_file, uri_folder or mltable.' }) };

const fromUri = z.strictObject({ ...dataBase, source: z.literal('uri'), uri: dataUriSchema });

const fromUpload = z.strictObject({ ...dataBase, source: z.literal('upload'), files: pickedFilesSchema }).superRefine((input, ctx) => {
  if (!Array.isArray(input.files)) return;
  if (input.dataType === 'uri_file' && input.files.length !== 1) ctx.addIssue({ code: 'custom', path: ['files'], message: 'A uri_file asset is one file: add exactly one.' });
  if (input.dataType === 'mltable' && !input.files.some((f) => f.path === 'MLTable' || /^[^/]+\/MLTable$/.test(f.path))) {
    ctx.addIssue({ code: 'custom', path: ['files'], message: 'An mltable asset needs its MLTable file at the top of the folder.' });
  }
});

export const dataInputSchema = z.discriminatedUnion('source', [fromUri, fromUpload], { error: 'Choose an upload or a URI.' });
/** What the data form sends. */
export type DataInput = z.input<typeof dataInputSchema>;
/** Parsed. */
export type ParsedDataInput = z.output<typeof dataInputSchema>;

/** The version body: dataUri is the URI given, or the uploaded file (uri_file) or folder. */
export function dataVersionBody(input: ParsedDataInput, uploadedUri: string | null): WireAssetVersion {
  return { properties: { description: input.description || null, tags: input.tags, dataType: input.dataType, dataUri: input.source === 'uri' ? input.uri : (uploadedUri ?? '') } };
}

/** data.yml for `az ml data create --registry-name … -f data.yml`. */
export function dataCliDocument(input: ParsedDataInput): Record<string, unknown> {
  const localPath = input.dataType === 'uri_file' && input.source === 'upload' ? `./${input.files[0]?.path.split('/').pop() ?? 'file'}` : `./${input.name}`;
  return {
    $schema: 'https://azuremlschemas.azureedge.net/latest/data.schema.json',
    name: input.name,
    version: input.version,
    type: input.dataType,
    path: input.source === 'uri' ? input.uri : localPath,
    ...(input.description ? { description: input.description } : {}),
    ...(Object.keys(input.tags).length ? { tags: input.tags } : {}),
  };
}
