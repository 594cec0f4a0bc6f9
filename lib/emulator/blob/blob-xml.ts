// The Blob service's XML: List Blobs (EnumerationResults, with prefix/delimiter/marker/maxresults),
// Get Block List, and parsing the Put Block List body (<BlockList><Latest|Uncommitted|Committed>id…).
import type { BlobMeta } from './blob-disk';
import { escapeXml, invalidInput } from './blob-errors';
import { metadataXml } from './blob-metadata';

const httpDate = (ms: number) => new Date(ms).toUTCString();

function blobXml(m: BlobMeta, withMetadata: boolean): string {
  return (
    `<Blob><Name>${escapeXml(m.name)}</Name><Properties>` +
    `<Creation-Time>${httpDate(m.createdOn)}</Creation-Time><Last-Modified>${httpDate(m.lastModified)}</Last-Modified><Etag>${escapeXml(m.etag)}</Etag>` +
    `<Content-Length>${m.size}</Content-Length><Content-Type>${escapeXml(m.contentType)}</Content-Type><Content-Encoding /><Content-Language />` +
    `<Content-CRC64 /><Content-MD5>${m.contentMD5 ?? ''}</Content-MD5><Cache-Control /><Content-Disposition />` +
    `<BlobType>BlockBlob</BlobType><AccessTier>Hot</AccessTier><AccessTierInferred>true</AccessTierInferred>` +
    `<LeaseStatus>unlocked</LeaseStatus><LeaseState>available</LeaseState><ServerEncrypted>true</ServerEncrypted></Properties>` +
    (withMetadata ? metadataXml(m.metadata) : '') +
    `<OrphanedObject>false</OrphanedObject></Blob>`
  );
}

/** List Blobs over all blobs of a container, as the service answers (flat or hierarchical with a delimiter). */
export function listBlobsXml(endpoint: string, container: string, all: BlobMeta[], q: URLSearchParams): string {
  const prefix = q.get('prefix') ?? '';
  const delimiter = q.get('delimiter') ?? '';
  const marker = q.get('marker') ?? '';
  const maxRaw = q.get('maxresults');
  const withMetadata = (q.get('include') ?? '').split(',').includes('metadata');
  const max = maxRaw ? Number(maxRaw) : 5000;
  if (!Number.isInteger(max) || max < 1) throw invalidInput('OutOfRangeQueryParameterValue', 'One of the query parameters specified in the request URI is outside the permissible range.');
  // Entries are blobs, or (with a delimiter) the distinct prefixes up to the next delimiter, in name order.
  const entries: { name: string; meta?: BlobMeta }[] = [];
  const seen = new Set<string>();
  for (const m of all) {
    if (!m.name.startsWith(prefix)) continue;
    const rest = m.name.slice(prefix.length);
    const cut = delimiter ? rest.indexOf(delimiter) : -1;
    if (cut >= 0) {
      const p = prefix + rest.slice(0, cut + delimiter.length);
      if (!seen.has(p)) entries.push({ name: p });
      seen.add(p);
    } else entries.push({ name: m.name, meta: m });
  }
  const from = marker ? entries.findIndex((e) => e.name >= marker) : 0;
  const page = from < 0 ? [] : entries.slice(from, from + max);
  const next = from >= 0 && from + max < entries.length ? entries[from + max].name : '';
  const body = page.map((e) => (e.meta ? blobXml(e.meta, withMetadata) : `<BlobPrefix><Name>${escapeXml(e.name)}</Name></BlobPrefix>`)).join('');
  return (
    `<?xml version="1.0" encoding="utf-8"?><EnumerationResults ServiceEndpoint="${escapeXml(endpoint)}/" ContainerName="${escapeXml(container)}">` +
    (prefix ? `<Prefix>${escapeXml(prefix)}</Prefix>` : '') +
    (marker ? `<Marker>${escapeXml(marker)}</Marker>` : '') +
    (maxRaw ? `<MaxResults>${max}</MaxResults>` : '') +
    (delimiter ? `<Delimiter>${escapeXml(delimiter)}</Delimiter>` : '') +
    `<Blobs>${body}</Blobs><NextMarker>${escapeXml(next)}</NextMarker></EnumerationResults>`
  );
}

/** Get Block List. */
export function blockListXml(committed: { id: string; size: number }[], uncommitted: { id: string; size: number }[]): string {
  const blocks = (list: { id: string; size: number }[]) => list.map((b) => `<Block><Name>${escapeXml(b.id)}</Name><Size>${b.size}</Size></Block>`).join('');
  return `<?xml version="1.0" encoding="utf-8"?><BlockList><CommittedBlocks>${blocks(committed)}</CommittedBlocks><UncommittedBlocks>${blocks(uncommitted)}</UncommittedBlocks></BlockList>`;
}

const unescapeXml = (s: string) => s.replace(/&(lt|gt|amp|apos|quot);/g, (_m, e: string) => ({ lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' })[e]!);

/** The block ids of a Put Block List body, in order. */
export function parseBlockList(xml: string): string[] {
  const root = /<BlockList>([\s\S]*)<\/BlockList>/.exec(xml);
  if (!root) throw invalidInput('InvalidXmlDocument', 'XML specified is not syntactically valid.');
  const ids: string[] = [];
  const entry = /<(Latest|Uncommitted|Committed)>([^<]*)<\/\1>/g;
  for (let m = entry.exec(root[1]); m; m = entry.exec(root[1])) ids.push(unescapeXml(m[2].trim()));
  return ids;
}
