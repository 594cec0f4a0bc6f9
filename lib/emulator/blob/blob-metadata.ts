// User-defined blob metadata (`x-ms-meta-{name}: value`), as Put Blob, Put Block List and Set Blob Metadata
// take it and Get Blob, Get Blob Properties, Get Blob Metadata and List Blobs (`include=metadata`) return
// it. azure-ai-ml marks a finished artifact upload this way (`upload_status: completed`) and reads it back
// to skip an upload that already happened. Names keep the casing the client sent, as the service does.
import type { IncomingMessage } from 'node:http';
import { escapeXml, invalidInput } from './blob-errors';

const PREFIX = 'x-ms-meta-';
// Metadata names must be C# identifiers (the service answers 400 InvalidMetadata otherwise).
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The metadata a request carries (an empty map when it carries none). */
export function metadataFromRequest(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  const raw = req.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) {
    if (!raw[i].toLowerCase().startsWith(PREFIX)) continue;
    const name = raw[i].slice(PREFIX.length);
    if (!NAME.test(name)) throw invalidInput('InvalidMetadata', 'The metadata specified is invalid. It has characters that are not permitted.');
    out[name] = raw[i + 1];
  }
  return out;
}

/** The response headers of a blob's metadata. */
export function metadataHeaders(metadata: Record<string, string> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(metadata ?? {}).map(([k, v]) => [`${PREFIX}${k}`, v]));
}

/** The `<Metadata>` element of a List Blobs entry. */
export function metadataXml(metadata: Record<string, string> | undefined): string {
  return `<Metadata>${Object.entries(metadata ?? {})
    .map(([k, v]) => `<${k}>${escapeXml(v)}</${k}>`)
    .join('')}</Metadata>`;
}
