// How a browser upload is cut into blocks (Azure Blob REST: Put Block, then Put Block List) and how it
// resumes: Get Block List names the blocks the service already holds uncommitted, and only the others are
// sent again. Pure, so the plan and the XML are unit-tested; the fetches live in components/asset-publish.

/** Where the browser uploads (startUploadAction's answer): the container SAS, the id to resume with, each file's blob path. */
export interface UploadTarget {
  pendingUploadId: string;
  sasUri: string;
  blobPaths: string[];
}

/** 4 MiB blocks: the size @azure/storage-blob uses by default, well under the 4000 MiB block limit. */
export const BLOCK_SIZE = 4 * 1024 * 1024;

/** One block of a file: its id (base64, the same length for every block of a blob, as the service requires) and byte range. */
export interface PlannedBlock {
  id: string;
  start: number;
  end: number;
}

const toBase64 = (text: string) => (typeof btoa === 'function' ? btoa(text) : Buffer.from(text, 'latin1').toString('base64'));

/** The id of block `index`: stable across attempts, so a resumed upload recognises what it already sent. */
export function blockId(index: number): string {
  return toBase64(`block-${String(index).padStart(6, '0')}`);
}

/** The blocks of a file of `size` bytes (none for an empty file: that one is a single Put Blob). */
export function planBlocks(size: number, blockSize = BLOCK_SIZE): PlannedBlock[] {
  const blocks: PlannedBlock[] = [];
  for (let start = 0, index = 0; start < size; start += blockSize, index++) {
    blocks.push({ id: blockId(index), start, end: Math.min(size, start + blockSize) });
  }
  return blocks;
}

/** Put Block List's body: every block, in order, as `Latest` (committed or uncommitted, whichever is newest). */
export function blockListXml(ids: readonly string[]): string {
  return `<?xml version="1.0" encoding="utf-8"?><BlockList>${ids.map((id) => `<Latest>${id}</Latest>`).join('')}</BlockList>`;
}

/** What Get Block List (`blocklisttype=all`) reports: block ids and sizes, committed and not. */
export interface BlockListState {
  committed: { id: string; size: number }[];
  uncommitted: { id: string; size: number }[];
}

function blocksIn(section: string | undefined): { id: string; size: number }[] {
  if (!section) return [];
  return [...section.matchAll(/<Block>\s*<Name>([^<]*)<\/Name>\s*<Size>(\d+)<\/Size>\s*<\/Block>/g)].map((m) => ({ id: m[1], size: Number(m[2]) }));
}

/** Parses Get Block List's XML (the service's element names; block names are base64 and need no unescaping). */
export function parseBlockList(xml: string): BlockListState {
  return {
    committed: blocksIn(/<CommittedBlocks>([\s\S]*?)<\/CommittedBlocks>/.exec(xml)?.[1]),
    uncommitted: blocksIn(/<UncommittedBlocks>([\s\S]*?)<\/UncommittedBlocks>/.exec(xml)?.[1]),
  };
}

/**
 * The blocks still to send: those the service does not already hold with the planned size. When the blob is
 * already committed with exactly the planned blocks, nothing is left (the file finished on an earlier attempt).
 */
export function blocksToSend(plan: readonly PlannedBlock[], state: BlockListState): { send: PlannedBlock[]; alreadyCommitted: boolean } {
  const sameAs = (list: { id: string; size: number }[]) => new Map(list.map((b) => [b.id, b.size]));
  const committed = sameAs(state.committed);
  if (plan.length > 0 && state.committed.length === plan.length && plan.every((b) => committed.get(b.id) === b.end - b.start)) {
    return { send: [], alreadyCommitted: true };
  }
  const held = sameAs(state.uncommitted);
  return { send: plan.filter((b) => held.get(b.id) !== b.end - b.start), alreadyCommitted: false };
}

/** The URL of one blob in the SAS'd container: `{container}/{path}?{sas}` with each path segment encoded. */
export function blobUrl(containerSasUri: string, blobPath: string, extraQuery = ''): string {
  const url = new URL(containerSasUri);
  const path = blobPath.split('/').map(encodeURIComponent).join('/');
  return `${url.origin}${url.pathname.replace(/\/$/, '')}/${path}${url.search}${extraQuery ? `&${extraQuery}` : ''}`;
}
