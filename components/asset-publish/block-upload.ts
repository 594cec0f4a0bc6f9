// The browser's half of an upload: each file straight to the blob container SAS (Azure Blob REST, the same
// calls @azure/storage-blob makes), in 4 MiB blocks, a few in flight, then Put Block List. Before sending a
// file it asks Get Block List what the service already holds, so a second attempt on the same container
// (same pendingUploadId) sends only the blocks that are missing. Bytes never pass through the console.
import { BLOCK_SIZE, blobUrl, blockListXml, blocksToSend, parseBlockList, planBlocks, type BlockListState, type PlannedBlock } from '@/lib/registries/assets/publish-upload-plan';

/** The Blob REST version the requests speak (the one the emulator signs its SAS with; Azure accepts it). */
const BLOB_VERSION = '2023-11-03';
/** Blocks in flight at once: enough to fill a link, few enough to keep the browser's memory flat. */
const BLOCKS_IN_FLIGHT = 4;

/** One file and where it goes in the container. */
export interface UploadItem {
  file: File;
  blobPath: string;
}

/** An upload that stopped: what the storage service (or the network) said, in words. */
export class UploadInterrupted extends Error {}

async function send(url: string, init: RequestInit, what: string): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, headers: { 'x-ms-version': BLOB_VERSION, ...init.headers } });
  } catch {
    throw new UploadInterrupted(`The connection to the storage endpoint dropped while ${what}.`);
  }
  if (response.ok || response.status === 404) return response;
  const code = response.headers.get('x-ms-error-code') ?? `HTTP ${response.status}`;
  const hint = response.status === 403 ? ' The upload link may have expired: start the upload again.' : '';
  throw new UploadInterrupted(`The storage service refused ${what} (${code}).${hint}`);
}

async function heldBlocks(url: string, path: string): Promise<BlockListState> {
  const response = await send(`${url}&comp=blocklist&blocklisttype=all`, { method: 'GET' }, `listing the blocks of ${path}`);
  return response.status === 404 ? { committed: [], uncommitted: [] } : parseBlockList(await response.text());
}

// Runs every block with at most BLOCKS_IN_FLIGHT at once. A failed block does not cancel the others: what
// they finish is kept by the service and skipped on the next attempt. The first failure is rethrown.
async function sendBlocks(base: string, item: UploadItem, blocks: PlannedBlock[], onSent: (bytes: number) => void): Promise<void> {
  let next = 0;
  let failure: unknown = null;
  const worker = async () => {
    while (next < blocks.length && !failure) {
      const block = blocks[next++];
      try {
        await send(`${base}&comp=block&blockid=${encodeURIComponent(block.id)}`, { method: 'PUT', body: item.file.slice(block.start, block.end) }, `a block of ${item.blobPath}`);
        onSent(block.end - block.start);
      } catch (error) {
        failure ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(BLOCKS_IN_FLIGHT, blocks.length) }, worker));
  if (failure) throw failure;
}

async function uploadOne(sasUri: string, item: UploadItem, onSent: (bytes: number) => void): Promise<void> {
  const base = blobUrl(sasUri, item.blobPath);
  const contentType = item.file.type || 'application/octet-stream';
  if (item.file.size === 0) {
    await send(base, { method: 'PUT', body: item.file, headers: { 'x-ms-blob-type': 'BlockBlob', 'x-ms-blob-content-type': contentType } }, `uploading ${item.blobPath}`);
    return;
  }
  const plan = planBlocks(item.file.size, BLOCK_SIZE);
  const { send: missing, alreadyCommitted } = blocksToSend(plan, await heldBlocks(base, item.blobPath));
  onSent(item.file.size - missing.reduce((sum, b) => sum + (b.end - b.start), 0));
  if (alreadyCommitted) return;
  await sendBlocks(base, item, missing, onSent);
  await send(`${base}&comp=blocklist`, { method: 'PUT', body: blockListXml(plan.map((b) => b.id)), headers: { 'Content-Type': 'application/xml', 'x-ms-blob-content-type': contentType } }, `committing ${item.blobPath}`);
}

/** Uploads every item (files one after another), reporting the bytes the service holds so far. */
export async function uploadToContainer(sasUri: string, items: readonly UploadItem[], onProgress: (sentBytes: number) => void): Promise<void> {
  let sent = 0;
  for (const item of items) {
    await uploadOne(sasUri, item, (bytes) => {
      sent += bytes;
      onProgress(sent);
    });
  }
}
