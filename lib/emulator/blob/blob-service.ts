// The emulator's blob endpoint: `{emulator}/_blob/{account}/{container}/{blob}` speaking the slice of the
// Azure Blob REST API the official storage clients and a browser need for artifacts — Put Blob, Put Block,
// Put Block List, Get Block List (to resume), Get Blob with Range, Get Blob Properties (HEAD), Set / Get Blob
// Metadata, List Blobs, Get Container Properties — every request authorised by a container SAS (blob-sas.ts),
// with CORS for browser uploads. It plugs into the pipeline as a pre-route step: `/_blob/` never reaches ARM
// routing.
import type { ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import type { StepOutcome } from '../pipeline';
import type { RequestContext } from '../http/request-context';
import { blobRoot } from './blob-root';
import { commitBlocks, containerDir, listBlobMetas, putBlob, putBlock, readBlob, readMeta, setMetadata, uncommittedBlocks, type BlobMeta } from './blob-disk';
import { metadataFromRequest, metadataHeaders } from './blob-metadata';
import { BlobError, blobNotFound, errorXml, invalidInput, invalidRange, unsupportedOperation } from './blob-errors';
import { checkSas, SAS_VERSION } from './blob-sas';
import { blockListXml, listBlobsXml, parseBlockList } from './blob-xml';

/** The path prefix of the blob endpoint. */
export const BLOB_PREFIX = '/_blob/';

const ACCOUNT = /^[a-z0-9]{3,24}$/;
const CONTAINER = /^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$/;
const EXPOSED = 'x-ms-request-id,x-ms-version,x-ms-error-code,x-ms-blob-type,x-ms-request-server-encrypted,x-ms-content-crc64,ETag,Last-Modified,Content-Length,Content-Type,Content-MD5,Content-Range,Accept-Ranges,Date';

interface BlobTarget {
  account: string;
  container: string;
  blob?: string;
  dir: string;
}

function parseTarget(ctx: RequestContext): BlobTarget {
  const segments = ctx.url.pathname.slice(BLOB_PREFIX.length).split('/');
  const decode = (s: string) => {
    try {
      return decodeURIComponent(s);
    } catch {
      throw invalidInput('InvalidUri', 'The requested URI does not represent any resource on the server.');
    }
  };
  const [account, container, ...rest] = segments.map(decode);
  if (!account || !ACCOUNT.test(account) || !container || !CONTAINER.test(container)) throw invalidInput('InvalidResourceName', 'The specifed resource name contains invalid characters.');
  const blob = rest.length && rest.join('/') ? rest.join('/') : undefined;
  if (blob !== undefined && blob.length > 1024) throw invalidInput('InvalidResourceName', 'The specifed resource name length is not within the permissible limits.');
  return { account, container, blob, dir: containerDir(blobRoot(ctx.emulator), account, container) };
}

function baseHeaders(ctx: RequestContext): Record<string, string> {
  const h: Record<string, string> = { 'x-ms-request-id': ctx.requestId, 'x-ms-version': ctx.req.headers['x-ms-version']?.toString() || SAS_VERSION, Date: new Date().toUTCString() };
  const origin = ctx.req.headers.origin;
  if (origin) Object.assign(h, { 'Access-Control-Allow-Origin': origin, 'Access-Control-Expose-Headers': EXPOSED, Vary: 'Origin' });
  return h;
}

// A browser script may read a blob's metadata only if the answer names those headers too (as the service does).
function withExposedMetadata(headers: Record<string, string>): Record<string, string> {
  const meta = Object.keys(headers).filter((h) => h.startsWith('x-ms-meta-'));
  return headers['Access-Control-Expose-Headers'] && meta.length ? { ...headers, 'Access-Control-Expose-Headers': `${headers['Access-Control-Expose-Headers']},${meta.join(',')}` } : headers;
}

function end(ctx: RequestContext, status: number, headers: Record<string, string>, body?: string): void {
  const res: ServerResponse = ctx.res;
  const text = body ?? '';
  res.writeHead(status, withExposedMetadata({ ...baseHeaders(ctx), ...headers, 'Content-Length': String(Buffer.byteLength(text)) }));
  res.end(ctx.method === 'HEAD' ? undefined : text);
}

function propertyHeaders(m: BlobMeta): Record<string, string> {
  const h: Record<string, string> = {
    'Last-Modified': new Date(m.lastModified).toUTCString(),
    'x-ms-creation-time': new Date(m.createdOn).toUTCString(),
    ETag: m.etag,
    'Content-Type': m.contentType,
    'x-ms-blob-type': 'BlockBlob',
    'x-ms-server-encrypted': 'true',
    'x-ms-lease-state': 'available',
    'x-ms-lease-status': 'unlocked',
    'Accept-Ranges': 'bytes',
    ...metadataHeaders(m.metadata),
  };
  if (m.contentMD5) h['Content-MD5'] = m.contentMD5;
  return h;
}

function parseRange(header: string | undefined, size: number): { start: number; end: number } | undefined {
  if (!header) return undefined;
  const m = /^bytes=(\d+)-(\d*)$/.exec(header.trim());
  if (!m) return undefined;
  const start = Number(m[1]);
  const end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  if (start >= size || end < start) throw invalidRange();
  return { start, end };
}

async function readSmallBody(ctx: RequestContext): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req) {
    size += (chunk as Buffer).length;
    if (size > 4 * 1024 * 1024) throw new BlobError(413, 'RequestBodyTooLarge', 'The request body is too large and exceeds the maximum permissible limit.');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function getBlob(ctx: RequestContext, t: BlobTarget & { blob: string }): Promise<void> {
  const meta = await readMeta(t.dir, t.blob);
  if (!meta) throw blobNotFound();
  const header = (ctx.req.headers['x-ms-range'] ?? ctx.req.headers.range) as string | undefined;
  const range = meta.size > 0 ? parseRange(header, meta.size) : undefined;
  const length = range ? range.end - range.start + 1 : meta.size;
  const headers: Record<string, string> = { ...baseHeaders(ctx), ...propertyHeaders(meta), 'Content-Length': String(length) };
  if (range) headers['Content-Range'] = `bytes ${range.start}-${range.end}/${meta.size}`;
  ctx.res.writeHead(range ? 206 : 200, withExposedMetadata(headers));
  if (ctx.method === 'HEAD' || length === 0) {
    ctx.res.end();
    return;
  }
  await pipeline(readBlob(t.dir, t.blob, range), ctx.res);
}

async function serve(ctx: RequestContext): Promise<void> {
  if (ctx.method === 'OPTIONS') {
    const origin = ctx.req.headers.origin;
    if (!origin) throw new BlobError(403, 'CorsPreflightFailure', 'CORS not enabled or no matching rule found for this request.');
    const requested = ctx.req.headers['access-control-request-headers'];
    return end(ctx, 200, {
      'Access-Control-Allow-Methods': 'GET,HEAD,PUT,OPTIONS',
      'Access-Control-Allow-Headers': typeof requested === 'string' && requested ? requested : '*',
      'Access-Control-Max-Age': '3600',
    });
  }
  const t = parseTarget(ctx);
  const q = ctx.query;
  const now = new Date(ctx.emulator.clock());
  const sas = (needed: string) => checkSas(ctx.emulator, q, t.account, t.container, needed, now);
  if (!t.blob) {
    if (ctx.method === 'GET' && q.get('restype') === 'container' && q.get('comp') === 'list') {
      sas('l');
      const xml = listBlobsXml(`${ctx.baseUrl}/_blob/${t.account}`, t.container, await listBlobMetas(t.dir), q);
      return end(ctx, 200, { 'Content-Type': 'application/xml' }, xml);
    }
    if ((ctx.method === 'GET' || ctx.method === 'HEAD') && q.get('restype') === 'container') {
      sas('rl');
      await listBlobMetas(t.dir);
      return end(ctx, 200, { 'x-ms-lease-state': 'available', 'x-ms-lease-status': 'unlocked', 'x-ms-has-immutability-policy': 'false', 'x-ms-has-legal-hold': 'false' });
    }
    throw unsupportedOperation(`${ctx.method} on a container with ?${q.toString().replace(/sig=[^&]*/, 'sig=…')}`);
  }
  const target = t as BlobTarget & { blob: string };
  const comp = q.get('comp');
  const contentType = (ctx.req.headers['x-ms-blob-content-type'] as string | undefined) || 'application/octet-stream';
  if (ctx.method === 'PUT' && comp === 'block') {
    sas('wc');
    const blockId = q.get('blockid');
    if (!blockId || Buffer.from(blockId, 'base64').length > 64) throw invalidInput('InvalidQueryParameterValue', 'Value for one of the query parameters specified in the request URI is invalid (blockid).');
    const { md5 } = await putBlock(target.dir, target.blob, blockId, ctx.req);
    return end(ctx, 201, { 'Content-MD5': md5, 'x-ms-request-server-encrypted': 'true' });
  }
  if (ctx.method === 'PUT' && comp === 'blocklist') {
    sas('wc');
    const meta = await commitBlocks(target.dir, target.blob, parseBlockList(await readSmallBody(ctx)), contentType, now.getTime(), metadataFromRequest(ctx.req));
    return end(ctx, 201, { ETag: meta.etag, 'Last-Modified': new Date(meta.lastModified).toUTCString(), 'x-ms-request-server-encrypted': 'true' });
  }
  if (ctx.method === 'PUT' && !comp) {
    sas('wc');
    if ((ctx.req.headers['x-ms-blob-type'] as string | undefined)?.toLowerCase() !== 'blockblob') {
      throw new BlobError(400, 'MissingRequiredHeader', 'An HTTP header that\'s mandatory for this request is not specified (x-ms-blob-type: BlockBlob).');
    }
    const type = (ctx.req.headers['x-ms-blob-content-type'] as string | undefined) || (ctx.req.headers['content-type'] as string | undefined) || 'application/octet-stream';
    const meta = await putBlob(target.dir, target.blob, ctx.req, type, now.getTime(), metadataFromRequest(ctx.req));
    return end(ctx, 201, { ETag: meta.etag, 'Last-Modified': new Date(meta.lastModified).toUTCString(), 'Content-MD5': meta.contentMD5 ?? '', 'x-ms-request-server-encrypted': 'true' });
  }
  if (ctx.method === 'GET' && comp === 'blocklist') {
    sas('r');
    const meta = await readMeta(target.dir, target.blob);
    const type = (q.get('blocklisttype') ?? 'committed').toLowerCase();
    const committed = type === 'uncommitted' ? [] : (meta?.blocks ?? []);
    const uncommitted = type === 'committed' ? [] : await uncommittedBlocks(target.dir, target.blob);
    if (!meta && uncommitted.length === 0) throw blobNotFound();
    return end(ctx, 200, { 'Content-Type': 'application/xml', ...(meta ? { ETag: meta.etag } : {}) }, blockListXml(committed, uncommitted));
  }
  if (ctx.method === 'PUT' && comp === 'metadata') {
    sas('w');
    const meta = await setMetadata(target.dir, target.blob, metadataFromRequest(ctx.req), now.getTime());
    if (!meta) throw blobNotFound();
    return end(ctx, 200, { ETag: meta.etag, 'Last-Modified': new Date(meta.lastModified).toUTCString(), 'x-ms-request-server-encrypted': 'true' });
  }
  if ((ctx.method === 'GET' || ctx.method === 'HEAD') && comp === 'metadata') {
    sas('r');
    const meta = await readMeta(target.dir, target.blob);
    if (!meta) throw blobNotFound();
    return end(ctx, 200, { ETag: meta.etag, 'Last-Modified': new Date(meta.lastModified).toUTCString(), ...metadataHeaders(meta.metadata) });
  }
  if ((ctx.method === 'GET' || ctx.method === 'HEAD') && !comp) {
    sas('r');
    return getBlob(ctx, target);
  }
  throw unsupportedOperation(`${ctx.method}${comp ? ` comp=${comp}` : ''} on a blob`);
}

/** Pre-route step: serves `/_blob/…` and answers 'handled'; anything else continues to ARM routing. */
export async function blobServiceStep(ctx: RequestContext): Promise<StepOutcome> {
  if (!ctx.url.pathname.startsWith(BLOB_PREFIX)) return undefined;
  try {
    await serve(ctx);
  } catch (e) {
    // The client hung up mid-download (a cancelled browser download, a reader that had enough): nothing to answer.
    if ((e as NodeJS.ErrnoException).code === 'ERR_STREAM_PREMATURE_CLOSE' && ctx.res.headersSent) return 'handled';
    const error = e instanceof BlobError ? e : new BlobError(500, 'InternalError', `The server encountered an internal error: ${(e as Error).message}`);
    if (!(e instanceof BlobError)) console.error('[blob-emulator]', ctx.method, ctx.url.pathname, e);
    if (ctx.res.headersSent) ctx.res.destroy();
    else {
      // The request body may be unread (e.g. a refused upload): let it drain so the socket stays usable.
      ctx.req.resume();
      end(ctx, error.status, { 'x-ms-error-code': error.code, 'Content-Type': 'application/xml' }, errorXml(error, ctx.requestId, new Date()));
    }
  }
  return 'handled';
}
