// A new environment version: a Docker image (optionally with a conda file), or a Docker build context that
// is uploaded (its Dockerfile inside). Azure's CLI refuses a conda file beside a build context (the
// Dockerfile installs what it needs), so the form offers it with an image only.
import { parseDocument } from 'yaml';
import { z } from 'zod';
import type { WireAssetVersion } from '@/lib/arm/asset-wire-types';
import { assetBasicsShape } from './publish-common';
import { pickedFilesSchema, relativePathProblem } from './publish-files';

// A Docker reference: [host[:port]/]path[:tag][@sha256:digest], lowercase path components.
const IMAGE = /^(?:[a-zA-Z0-9.-]+(?::\d+)?\/)?[a-z0-9]+(?:[._-][a-z0-9]+)*(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$/;

/** The conda file must be YAML (a mapping, as conda reads it). */
export const condaFileSchema = z
  .string({ error: 'The conda file must be text.' })
  .max(100_000, { error: 'Use a conda file under 100,000 characters.' })
  .superRefine((text, ctx) => {
    if (!text.trim()) return;
    const doc = parseDocument(text);
    const error = doc.errors[0];
    if (error) ctx.addIssue({ code: 'custom', message: `The conda file is not valid YAML: ${error.message.split('\n')[0]}` });
    else if (typeof doc.toJS() !== 'object' || Array.isArray(doc.toJS())) ctx.addIssue({ code: 'custom', message: 'The conda file must be a YAML mapping (name, channels, dependencies).' });
  });

const imageSource = z.strictObject({
  kind: z.literal('environments'),
  ...assetBasicsShape,
  source: z.literal('image'),
  image: z.string({ error: 'Enter an image.' }).trim().min(1, { error: 'Enter a Docker image, e.g. mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu22.04:latest.' }).regex(IMAGE, { error: 'That is not a Docker image reference (registry/path:tag).' }),
  condaFile: condaFileSchema,
});

const buildSource = z
  .strictObject({
    kind: z.literal('environments'),
    ...assetBasicsShape,
    source: z.literal('build'),
    dockerfilePath: z.string({ error: 'Enter the Dockerfile path.' }).trim().min(1, { error: 'Enter the Dockerfile path inside the context.' }).superRefine((p, ctx) => {
      const problem = relativePathProblem(p);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
    files: pickedFilesSchema,
  })
  .superRefine((input, ctx) => {
    const inContext = (p: string) => input.files.some((f) => f.path === p || f.path.endsWith(`/${p}`));
    if (Array.isArray(input.files) && typeof input.dockerfilePath === 'string' && !inContext(input.dockerfilePath)) {
      ctx.addIssue({ code: 'custom', path: ['dockerfilePath'], message: `The build context has no "${input.dockerfilePath}": add the Dockerfile, or name the one it has.` });
    }
  });

export const environmentInputSchema = z.discriminatedUnion('source', [imageSource, buildSource], { error: 'Choose an image or a build context.' });
/** What the environment form sends. */
export type EnvironmentInput = z.input<typeof environmentInputSchema>;
/** Parsed. */
export type ParsedEnvironmentInput = z.output<typeof environmentInputSchema>;

/** The version body: `image` (+ condaFile) or `build.contextUri` = the uploaded folder. */
export function environmentVersionBody(input: ParsedEnvironmentInput, contextUri: string | null): WireAssetVersion {
  const base = { description: input.description || null, tags: input.tags, osType: 'Linux' as const };
  if (input.source === 'image') return { properties: { ...base, image: input.image, ...(input.condaFile.trim() ? { condaFile: input.condaFile } : {}) } };
  return { properties: { ...base, build: { contextUri: contextUri ?? '', dockerfilePath: input.dockerfilePath } } };
}

/** environment.yml for `az ml environment create --registry-name … -f environment.yml`. */
export function environmentCliDocument(input: ParsedEnvironmentInput): Record<string, unknown> {
  return {
    $schema: 'https://azuremlschemas.azureedge.net/latest/environment.schema.json',
    name: input.name,
    version: input.version,
    ...(input.source === 'image'
      ? { image: input.image, ...(input.condaFile.trim() ? { conda_file: 'conda.yml' } : {}) }
      : { build: { path: './context', dockerfile_path: input.dockerfilePath } }),
    os_type: 'linux',
    ...(input.description ? { description: input.description } : {}),
    ...(Object.keys(input.tags).length ? { tags: input.tags } : {}),
  };
}
