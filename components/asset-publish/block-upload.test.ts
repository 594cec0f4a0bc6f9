// The browser's block upload against the in-process emulator's blob endpoint (the same Blob REST calls a
// browser sends to Azure Storage): files land whole, and an attempt cut off by a failed block resumes with
// only the blocks the service does not hold.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createArmClient } from '@/lib/arm/client';
import { EmulatorCredential } from '@/lib/arm/emulator-credential';
import { startPendingUpload } from '@/lib/arm/registry-assets';
import { SEED_REGISTRIES } from '@/lib/emulator/seed/registries';
import { startFixture, type EmulatorFixture } from '@/lib/emulator/testing/emulator-fixture';
import { BLOCK_SIZE } from '@/lib/registries/assets/publish-upload-plan';
import { UploadInterrupted, uploadToContainer } from './block-upload';

let emu: EmulatorFixture;
const registry = SEED_REGISTRIES.find((r) => r.name === 'contoso-dev-registry')!;

beforeAll(async () => {
  emu = await startFixture();
});
afterAll(async () => {
  await emu.close();
});
afterEach(() => {
  vi.restoreAllMocks();
});

async function uploadSas(name: string): Promise<string> {
  const client = createArmClient({ endpoint: emu.url, credential: new EmulatorCredential(emu.url, 'owner@contoso.onmicrosoft.com'), retry: { maxRetries: 0 } });
  const pending = await startPendingUpload(client, { subscriptionId: registry.subscriptionId, resourceGroup: registry.resourceGroup, registryName: registry.name }, 'models', name, '1');
  return pending.blobReferenceForConsumption!.credential!.sasUri!;
}

async function readBack(sasUri: string, path: string): Promise<Buffer> {
  const url = new URL(sasUri);
  const response = await fetch(`${url.origin}${url.pathname}/${path}${url.search}`);
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

const bytes = (size: number, seed: number) => Buffer.from(Array.from({ length: size }, (_, i) => (i * 31 + seed) % 251));

describe('uploadToContainer', () => {
  it('uploads each file in blocks (and an empty one whole), reporting progress to the last byte', async () => {
    const sas = await uploadSas('upload-whole');
    const big = bytes(BLOCK_SIZE * 2 + 123, 1);
    const progress: number[] = [];
    await uploadToContainer(sas, [{ file: new File([big], 'w.bin'), blobPath: 'm/w.bin' }, { file: new File([], 'empty'), blobPath: 'm/empty' }], (sent) => progress.push(sent));
    expect(progress.at(-1)).toBe(big.length);
    expect((await readBack(sas, 'm/w.bin')).equals(big)).toBe(true);
    expect((await readBack(sas, 'm/empty')).length).toBe(0);
  });

  it('stops on a failed block, then resumes sending only the missing ones', async () => {
    const sas = await uploadSas('upload-resume');
    const data = bytes(BLOCK_SIZE * 3, 2);
    const realFetch = globalThis.fetch;
    const blockPuts: string[] = [];
    let failNext = true;
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      const url = String(input);
      if (init?.method === 'PUT' && url.includes('comp=block&')) {
        blockPuts.push(url);
        if (failNext && blockPuts.length === 2) {
          failNext = false;
          throw new TypeError('Failed to fetch');
        }
      }
      return realFetch(input, init);
    });
    const item = { file: new File([data], 'd.bin'), blobPath: 'm/d.bin' };
    await expect(uploadToContainer(sas, [item], () => undefined)).rejects.toBeInstanceOf(UploadInterrupted);
    expect(blockPuts).toHaveLength(3);
    blockPuts.length = 0;
    await uploadToContainer(sas, [item], () => undefined);
    expect(blockPuts).toHaveLength(1);
    expect((await readBack(sas, 'm/d.bin')).equals(data)).toBe(true);
    // A third attempt finds the blob committed and sends nothing.
    blockPuts.length = 0;
    await uploadToContainer(sas, [item], () => undefined);
    expect(blockPuts).toHaveLength(0);
  });
});
