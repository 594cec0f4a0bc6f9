import { describe, expect, it } from 'vitest';
import { blobUrl, blockId, blockListXml, blocksToSend, parseBlockList, planBlocks } from './publish-upload-plan';

describe('block upload plan', () => {
  it('cuts a file into equal-length ids and ranges, the last block short', () => {
    const plan = planBlocks(10, 4);
    expect(plan.map((b) => [b.start, b.end])).toEqual([[0, 4], [4, 8], [8, 10]]);
    expect(new Set(plan.map((b) => b.id.length)).size).toBe(1);
    expect(planBlocks(0)).toEqual([]);
  });

  it('resumes: only blocks the service does not hold with the right size are sent again', () => {
    const plan = planBlocks(12, 4);
    const xml = `<?xml version="1.0"?><BlockList><CommittedBlocks /><UncommittedBlocks><Block><Name>${blockId(0)}</Name><Size>4</Size></Block><Block><Name>${blockId(1)}</Name><Size>3</Size></Block></UncommittedBlocks></BlockList>`;
    const { send, alreadyCommitted } = blocksToSend(plan, parseBlockList(xml));
    expect(alreadyCommitted).toBe(false);
    expect(send.map((b) => b.id)).toEqual([blockId(1), blockId(2)]);
  });

  it('a blob already committed with the planned blocks needs nothing', () => {
    const plan = planBlocks(6, 4);
    const committed = `<BlockList><CommittedBlocks><Block><Name>${blockId(0)}</Name><Size>4</Size></Block><Block><Name>${blockId(1)}</Name><Size>2</Size></Block></CommittedBlocks></BlockList>`;
    expect(blocksToSend(plan, parseBlockList(committed))).toEqual({ send: [], alreadyCommitted: true });
  });

  it('writes the block list and blob URLs the Blob REST API expects', () => {
    expect(blockListXml(['a', 'b'])).toContain('<BlockList><Latest>a</Latest><Latest>b</Latest></BlockList>');
    expect(blobUrl('http://127.0.0.1:1/_blob/acct/cont?sv=1&sig=x', 'm/a b.txt', 'comp=block')).toBe('http://127.0.0.1:1/_blob/acct/cont/m/a%20b.txt?sv=1&sig=x&comp=block');
  });
});
