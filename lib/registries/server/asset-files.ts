// The files of a version's artifact, for the asset page's Files section. ARM hands out a read SAS for the
// registry's blob (GetBlobReferenceSAS, `datareferences`); the console server then lists the blobs under
// the artifact's path (Azure Blob "List Blobs": names and sizes only) and gives the browser a SAS URL per
// file, so a download goes from the browser straight to storage and the console never carries the bytes.
import 'server-only';
import type { ArmClient } from '@/lib/arm/client';
import { isArmError } from '@/lib/arm/errors';
import { isLoopbackHttpUrl } from '@/lib/arm/loopback';
import { getBlobReferenceSas } from '@/lib/arm/registry-assets';
import type { AssetRef } from '@/lib/registries/assets/asset-ref';
import type { ArtifactFiles } from '@/lib/registries/assets/asset-view';
import { armRegistryOf } from './assets-list';

// A page of a version's files is for reading, not for a 100,000-file dataset.
const MAX_FILES = 500;

// Azure names the container in the first path segment (account.blob.core.windows.net/{container}/…);
// path-style endpoints carry the account first (Azurite: /{account}/{container}, the emulator:
// /_blob/{account}/{container}).
function splitBlobUri(uri: URL): { containerUrl: string; prefix: string } | null {
  const segments = uri.pathname.split('/').slice(1).map(decodeURIComponent);
  const containerDepth = /\.blob\./.test(uri.hostname) ? 1 : segments[0] === '_blob' ? 3 : 2;
  if (segments.length < containerDepth) return null;
  const container = segments.slice(0, containerDepth).map(encodeURIComponent).join('/');
  return { containerUrl: `${uri.origin}/${container}`, prefix: segments.slice(containerDepth).join('/') };
}

const unescapeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

function parseBlobList(xml: string): { name: string; size: number }[] {
  return [...xml.matchAll(/<Blob>([\s\S]*?)<\/Blob>/g)].map(([, blob]) => ({
    name: unescapeXml(/<Name>([\s\S]*?)<\/Name>/.exec(blob)?.[1] ?? ''),
    size: Number(/<Content-Length>(\d+)<\/Content-Length>/.exec(blob)?.[1] ?? 0),
  }));
}

const fileUrl = (containerUrl: string, name: string, sas: string) => `${containerUrl}/${name.split('/').map(encodeURIComponent).join('/')}?${sas}`;

/** Lists the files under `artifactUri` of the version; ARM errors other than a refusal of the URI propagate. */
export async function listArtifactFiles(client: ArmClient, ref: AssetRef, version: string, artifactUri: string | null): Promise<ArtifactFiles> {
  if (!artifactUri) return { state: 'none', reason: `This ${ref.kind === 'components' ? 'component' : 'version'} has no files of its own.` };
  let uri: URL;
  try {
    uri = new URL(artifactUri);
  } catch {
    return { state: 'none', reason: `The files are at ${artifactUri}, which is not a URL the console can read.` };
  }
  if (uri.protocol !== 'https:' && !isLoopbackHttpUrl(uri)) return { state: 'none', reason: `The files are at ${artifactUri}, outside the registry's storage.` };
  let sasUri: string | null | undefined;
  try {
    const reference = await getBlobReferenceSas(client, armRegistryOf(ref.registry), ref.name, version, { blobUri: artifactUri });
    sasUri = reference.blobReferenceForConsumption?.credential?.sasUri;
  } catch (error) {
    if (isArmError(error) && error.status === 400) return { state: 'none', reason: `The files are at ${artifactUri}, outside the registry's storage.` };
    throw error;
  }
  const signed = sasUri ? new URL(sasUri) : null;
  const split = signed ? splitBlobUri(signed) : null;
  if (!signed || !split) return { state: 'none', reason: 'ARM gave no read access to the files.' };
  const sas = signed.search.slice(1);
  const listUrl = `${split.containerUrl}?restype=container&comp=list&maxresults=${MAX_FILES + 1}&prefix=${encodeURIComponent(split.prefix)}&${sas}`;
  let blobs: { name: string; size: number }[];
  try {
    const res = await fetch(listUrl, { headers: { 'x-ms-version': '2023-11-03' }, cache: 'no-store', signal: AbortSignal.timeout(10_000) });
    if (!res.ok) return { state: 'none', reason: `Storage refused to list the files (HTTP ${res.status}).` };
    blobs = parseBlobList(await res.text());
  } catch {
    return { state: 'none', reason: 'Storage could not be reached to list the files.' };
  }
  // A folder's prefix must end at a path boundary: "models/x/1" must not list "models/x/10/…".
  const inArtifact = blobs.filter((b) => b.name === split.prefix || b.name.startsWith(`${split.prefix.replace(/\/$/, '')}/`));
  const files = inArtifact.slice(0, MAX_FILES).map((b) => ({
    path: b.name === split.prefix ? (b.name.split('/').pop() ?? b.name) : b.name.slice(split.prefix.replace(/\/$/, '').length + 1),
    size: b.size,
    downloadUrl: fileUrl(split.containerUrl, b.name, sas),
  }));
  return { state: 'listed', files, truncated: inArtifact.length > MAX_FILES };
}
