// One publish request, whatever the kind: the schema the four forms and the two server actions share, and
// what follows from a parsed input — whether files are uploaded first, the version body, the CLI YAML.
import { stringify } from 'yaml';
import { z } from 'zod';
import type { WireAssetVersion } from '@/lib/arm/asset-wire-types';
import { componentInputSchema, componentVersionBody } from './publish-component';
import { dataCliDocument, dataInputSchema, dataVersionBody } from './publish-data';
import { environmentCliDocument, environmentInputSchema, environmentVersionBody } from './publish-environment';
import { modelCliDocument, modelInputSchema, modelVersionBody } from './publish-model';
import { PUBLISH_KIND_WORDS, type PublishKind } from './publish-common';
import { blobPathsFor, type PickedFile } from './publish-files';

export const publishInputSchema = z.discriminatedUnion('kind', [modelInputSchema, environmentInputSchema, componentInputSchema, dataInputSchema], {
  error: 'That is not a model, environment, component or data asset to publish.',
});
/** Any publish form's input, parsed. */
export type ParsedPublishInput = z.output<typeof publishInputSchema>;

/** The asset's name and version (a component's come from its YAML). */
export function assetIdentity(input: ParsedPublishInput): { kind: PublishKind; name: string; version: string } {
  if (input.kind === 'components') return { kind: 'components', name: input.yaml.name, version: input.yaml.version };
  return { kind: input.kind, name: input.name, version: input.version };
}

/**
 * Where the files go, when there are any: startPendingUpload on the asset's own kind (models, data); an
 * environment's build context has no pendingUpload of its own in mfe.json, so it is uploaded as the code
 * asset of the same name and version would be (the way `az ml` stores build contexts it uploads).
 */
export function uploadOf(input: ParsedPublishInput): { armKind: 'models' | 'data' | 'codes'; files: PickedFile[] } | null {
  if (input.kind === 'models') return { armKind: 'models', files: input.files };
  if (input.kind === 'environments' && input.source === 'build') return { armKind: 'codes', files: input.files };
  if (input.kind === 'data' && input.source === 'upload') return { armKind: 'data', files: input.files };
  return null;
}

/** The blob path of each file inside the upload container: `{name}/…`, a picked top folder dropped. */
export function uploadBlobPaths(input: ParsedPublishInput): string[] {
  const upload = uploadOf(input);
  return upload ? blobPathsFor(assetIdentity(input).name, upload.files.map((f) => f.path)) : [];
}

/** The URI the version points at, given the upload container's URI (no SAS): the folder, or a uri_file's one file. */
export function uploadedAssetUri(input: ParsedPublishInput, containerUri: string): string {
  const base = containerUri.replace(/\/$/, '');
  if (input.kind === 'data' && input.source === 'upload' && input.dataType === 'uri_file') return `${base}/${uploadBlobPaths(input)[0]}`;
  return `${base}/${assetIdentity(input).name}`;
}

/** The version PUT body; `containerUri` is the upload container when files were uploaded. */
export function versionBodyOf(input: ParsedPublishInput, containerUri: string | null): WireAssetVersion {
  const uri = containerUri ? uploadedAssetUri(input, containerUri) : null;
  switch (input.kind) {
    case 'models':
      return modelVersionBody(input, uri ?? '');
    case 'environments':
      return environmentVersionBody(input, uri);
    case 'components':
      return componentVersionBody(input.yaml);
    case 'data':
      return dataVersionBody(input, uri);
  }
}

/** The CLI's way to publish the same thing: the YAML file, its name, and the command that reads it. */
export function cliExport(registryName: string, input: ParsedPublishInput, componentYaml?: string): { fileName: string; yaml: string; command: string } {
  const kind = input.kind;
  const fileName = `${PUBLISH_KIND_WORDS[kind].cli}.yml`;
  const document = kind === 'models' ? modelCliDocument(input) : kind === 'environments' ? environmentCliDocument(input) : kind === 'data' ? dataCliDocument(input) : null;
  // A component's YAML is what the person wrote: exported as written, comments and all.
  const yaml = document ? stringify(document, { lineWidth: 0 }) : (componentYaml ?? stringify(input.kind === 'components' ? input.yaml : {}));
  return { fileName, yaml, command: `az ml ${PUBLISH_KIND_WORDS[kind].cli} create --registry-name ${registryName} -f ${fileName}` };
}
