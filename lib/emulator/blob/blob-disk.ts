// Blobs on disk: one folder per account/container; each blob is a data file plus a JSON sidecar (name,
// size, content type, ETag, times, committed block list), both named by the SHA-256 of the blob name so
// any blob name is safe on any filesystem. Uncommitted blocks live in a per-blob folder until Put Block
// List stitches them (in the listed order) into the data file. Request bodies stream straight to disk.
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { containerNotFound, invalidBlockList } from './blob-errors';

/** A stored blob's properties. */
export interface BlobMeta {
  name: string;
  size: number;
  contentType: string;
  contentMD5?: string;
  etag: string;
  createdOn: number;
  lastModified: number;
  /** Committed blocks (Put Block List), in order; absent for a single Put Blob. */
  blocks?: { id: string; size: number }[];
  /** User-defined metadata (x-ms-meta-*). */
  metadata?: Record<string, string>;
}

const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

/** The folder of one container (account and container names are validated by the caller). */
export const containerDir = (root: string, account: string, container: string) => join(root, account, container);

/** Creates a container folder (idempotent). */
export async function ensureContainer(dir: string): Promise<void> {
  await mkdir(join(dir, 'blobs'), { recursive: true });
}

async function requireContainer(dir: string): Promise<void> {
  if (!existsSync(join(dir, 'blobs'))) throw containerNotFound();
}

const dataFile = (dir: string, name: string) => join(dir, 'blobs', `${sha(name)}.data`);
const metaFile = (dir: string, name: string) => join(dir, 'blobs', `${sha(name)}.json`);
const blockDir = (dir: string, name: string) => join(dir, 'blocks', sha(name));
const newEtag = () => `"0x${randomUUID().replace(/-/g, '').slice(0, 15).toUpperCase()}"`;

/** A blob's properties, or undefined. */
export async function readMeta(dir: string, name: string): Promise<BlobMeta | undefined> {
  await requireContainer(dir);
  try {
    return JSON.parse(await readFile(metaFile(dir, name), 'utf8')) as BlobMeta;
  } catch {
    return undefined;
  }
}

async function writeMeta(dir: string, meta: BlobMeta): Promise<void> {
  const tmp = `${metaFile(dir, meta.name)}.${randomUUID()}.tmp`;
  await writeFile(tmp, JSON.stringify(meta));
  await rename(tmp, metaFile(dir, meta.name));
}

/** Put Blob: streams the body into the blob (replacing it), computing its MD5 on the way. */
export async function putBlob(dir: string, name: string, body: Readable, contentType: string, now: number, metadata: Record<string, string> = {}): Promise<BlobMeta> {
  await requireContainer(dir);
  const tmp = `${dataFile(dir, name)}.${randomUUID()}.tmp`;
  const md5 = createHash('md5');
  let size = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      md5.update(chunk);
      size += chunk.length;
      done(null, chunk);
    },
  });
  await pipeline(body, tap, createWriteStream(tmp));
  await rename(tmp, dataFile(dir, name));
  const previous = await readMeta(dir, name);
  const meta: BlobMeta = { name, size, contentType, contentMD5: md5.digest('base64'), etag: newEtag(), createdOn: previous?.createdOn ?? now, lastModified: now, metadata };
  await writeMeta(dir, meta);
  await rm(blockDir(dir, name), { recursive: true, force: true });
  return meta;
}

/** Put Block: stores one uncommitted block; returns its size and MD5. */
export async function putBlock(dir: string, name: string, blockId: string, body: Readable): Promise<{ size: number; md5: string }> {
  await requireContainer(dir);
  const folder = blockDir(dir, name);
  await mkdir(folder, { recursive: true });
  const md5 = createHash('md5');
  let size = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      md5.update(chunk);
      size += chunk.length;
      done(null, chunk);
    },
  });
  const target = join(folder, sha(blockId));
  await pipeline(body, tap, createWriteStream(`${target}.tmp`));
  await rename(`${target}.tmp`, target);
  await writeFile(`${target}.id`, blockId);
  return { size, md5: md5.digest('base64') };
}

/** Uncommitted blocks of a blob (what a resumed upload has already sent). */
export async function uncommittedBlocks(dir: string, name: string): Promise<{ id: string; size: number }[]> {
  await requireContainer(dir);
  const folder = blockDir(dir, name);
  if (!existsSync(folder)) return [];
  const out: { id: string; size: number }[] = [];
  for (const f of await readdir(folder)) {
    if (!f.endsWith('.id')) continue;
    const id = await readFile(join(folder, f), 'utf8');
    out.push({ id, size: (await stat(join(folder, f.slice(0, -3)))).size });
  }
  return out;
}

/** Put Block List: the blob becomes the listed blocks in order (uncommitted ones, or already committed ones kept). */
export async function commitBlocks(dir: string, name: string, ids: string[], contentType: string, now: number, metadata: Record<string, string> = {}): Promise<BlobMeta> {
  await requireContainer(dir);
  const folder = blockDir(dir, name);
  const previous = await readMeta(dir, name);
  const staged = new Set((await uncommittedBlocks(dir, name)).map((b) => b.id));
  const committed = new Map((previous?.blocks ?? []).map((b) => [b.id, b.size]));
  // Blocks already committed are re-read from the current data file at their offsets.
  const offsets = new Map<string, number>();
  let offset = 0;
  for (const b of previous?.blocks ?? []) {
    offsets.set(b.id, offset);
    offset += b.size;
  }
  for (const id of ids) if (!staged.has(id) && !committed.has(id)) throw invalidBlockList();
  const tmp = `${dataFile(dir, name)}.${randomUUID()}.tmp`;
  const out = createWriteStream(tmp);
  const blocks: { id: string; size: number }[] = [];
  for (const id of ids) {
    const source = staged.has(id)
      ? createReadStream(join(folder, sha(id)))
      : createReadStream(dataFile(dir, name), { start: offsets.get(id)!, end: offsets.get(id)! + committed.get(id)! - 1 });
    // Copied chunk by chunk (honouring backpressure) into the one output stream, block after block.
    for await (const chunk of source) if (!out.write(chunk)) await once(out, 'drain');
    blocks.push({ id, size: staged.has(id) ? (await stat(join(folder, sha(id)))).size : committed.get(id)! });
  }
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  await rename(tmp, dataFile(dir, name));
  const meta: BlobMeta = { name, size: blocks.reduce((n, b) => n + b.size, 0), contentType, etag: newEtag(), createdOn: previous?.createdOn ?? now, lastModified: now, blocks, metadata };
  await writeMeta(dir, meta);
  await rm(folder, { recursive: true, force: true });
  return meta;
}

/** Set Blob Metadata: replaces the blob's metadata (a new ETag, as any write); undefined when there is no blob. */
export async function setMetadata(dir: string, name: string, metadata: Record<string, string>, now: number): Promise<BlobMeta | undefined> {
  const previous = await readMeta(dir, name);
  if (!previous) return undefined;
  const meta: BlobMeta = { ...previous, metadata, etag: newEtag(), lastModified: now };
  await writeMeta(dir, meta);
  return meta;
}

/** A readable stream of the blob's bytes [start, end] inclusive. */
export function readBlob(dir: string, name: string, range?: { start: number; end: number }): Readable {
  return createReadStream(dataFile(dir, name), range ? { start: range.start, end: range.end } : {});
}

/** Every blob of the container, by name. */
export async function listBlobMetas(dir: string): Promise<BlobMeta[]> {
  await requireContainer(dir);
  const metas: BlobMeta[] = [];
  for (const f of await readdir(join(dir, 'blobs'))) {
    if (!f.endsWith('.json')) continue;
    try {
      metas.push(JSON.parse(await readFile(join(dir, 'blobs', f), 'utf8')) as BlobMeta);
    } catch {
      // a sidecar being replaced right now: the next listing sees it
    }
  }
  return metas.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Writes a small blob synchronously (seeding, before the server listens); same layout as Put Blob. */
export function writeBlobSync(dir: string, name: string, content: string, contentType: string, now: number): BlobMeta {
  mkdirSync(join(dir, 'blobs'), { recursive: true });
  const bytes = Buffer.from(content, 'utf8');
  writeFileSync(dataFile(dir, name), bytes);
  const meta: BlobMeta = { name, size: bytes.length, contentType, contentMD5: createHash('md5').update(bytes).digest('base64'), etag: newEtag(), createdOn: now, lastModified: now };
  writeFileSync(metaFile(dir, name), JSON.stringify(meta));
  return meta;
}
