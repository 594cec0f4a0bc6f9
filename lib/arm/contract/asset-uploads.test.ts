// Uploading a model version's files the way Azure ML clients do: startPendingUpload through lib/arm, then
// the official @azure/storage-blob client against the SAS it returns — a 50 MB file in 4 MB blocks,
// read back by Range, listed, and the version created on the uploaded URI; a resumed upload finds the same place;
// RBAC on both calls. Emulator or Azure (ARM_LIVE=1).
import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlobClient, BlockBlobClient, ContainerClient } from '@azure/storage-blob';
import { waitForOperation } from '../lro';
import { beginCreateOrUpdateRegistry } from '../registries';
import { beginCreateOrUpdateAssetVersion, getAssetVersion, getBlobReferenceSas, startPendingUpload, type RegistryRef } from '../registry-assets';
import { registryBody } from './fixtures';
import { emulatorClientAs, seeded, SPEC_TIMEOUT_MS, startTarget, uniqueName, type ContractTarget } from './target';

let t: ContractTarget;
let ref: RegistryRef;
const wait = () => ({ intervalMs: t.pollIntervalMs, timeoutMs: t.operationTimeoutMs });

beforeAll(async () => {
  t = await startTarget();
  const rg = await t.newResourceGroup();
  const registryName = uniqueName('ctupload');
  const { handle } = await beginCreateOrUpdateRegistry(t.client, t.subscriptionId, rg, registryName, registryBody(t.location));
  expect((await waitForOperation(t.client, handle, wait())).status).toBe('Succeeded');
  ref = { subscriptionId: t.subscriptionId, resourceGroup: rg, registryName };
}, SPEC_TIMEOUT_MS);
afterAll(async () => {
  await t?.close();
});

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

// The official storage client trusts only the system's CAs: on the emulator the SAS is asked for on its plain-http
// listener (a SAS needs no bearer token; Azurite serves blobs over http too), against Azure on the real endpoint.
const sasClient = () => (t.live ? t.client : emulatorClientAs(t.controlEndpoint, seeded.principals.owner.userPrincipalName));

describe('model upload through startPendingUpload', () => {
  it('uploads a 50 MB file in blocks with the official storage client, reads it back by Range, and registers the version', async () => {
    const name = uniqueName('ctbig');
    const pending = await startPendingUpload(sasClient(), ref, 'models', name, '1');
    expect(pending.pendingUploadType).toBe('TemporaryBlobReference');
    const blobRef = pending.blobReferenceForConsumption!;
    expect(blobRef.credential?.credentialType).toBe('SAS');
    expect(blobRef.storageAccountArmId).toMatch(/\/providers\/Microsoft\.Storage\/storageAccounts\//i);

    // A resumed upload asks again with its pendingUploadId and gets the same place (what is already there stays).
    const again = await startPendingUpload(sasClient(), ref, 'models', name, '1', { pendingUploadId: pending.pendingUploadId, pendingUploadType: 'TemporaryBlobReference' });
    expect(again.pendingUploadId).toBe(pending.pendingUploadId);
    expect(again.blobReferenceForConsumption?.blobUri).toBe(blobRef.blobUri);

    const container = new ContainerClient(blobRef.credential!.sasUri!);
    const data = randomBytes(50 * 1024 * 1024);
    const blob = container.getBlockBlobClient('model/weights.bin');
    await blob.uploadData(data, { blockSize: 4 * 1024 * 1024, maxSingleShotSize: 4 * 1024 * 1024, concurrency: 4, blobHTTPHeaders: { blobContentType: 'application/octet-stream' } });
    await container.getBlockBlobClient('model/MLmodel').upload('flavors: {}\n', 12);

    const props = await blob.getProperties();
    expect(props.contentLength).toBe(data.length);
    const blocks = await blob.getBlockList('committed');
    expect(blocks.committedBlocks?.length).toBe(13);

    // A range that straddles the boundary between the first and second 4 MB blocks.
    const offset = 4 * 1024 * 1024 - 1000;
    const slice = await blob.downloadToBuffer(offset, 5000);
    expect(sha256(slice)).toBe(sha256(data.subarray(offset, offset + 5000)));
    const tail = await blob.download(data.length - 10);
    expect(tail.contentRange).toBe(`bytes ${data.length - 10}-${data.length - 1}/${data.length}`);

    const names: { name: string; size?: number }[] = [];
    for await (const item of container.listBlobsFlat({ prefix: 'model/' })) names.push({ name: item.name, size: item.properties.contentLength });
    expect(names).toEqual([
      { name: 'model/MLmodel', size: 12 },
      { name: 'model/weights.bin', size: data.length },
    ]);

    const { handle } = await beginCreateOrUpdateAssetVersion(t.client, ref, 'models', name, '1', { properties: { modelUri: `${blobRef.blobUri}/model`, modelType: 'custom_model' } });
    expect((await waitForOperation(t.client, handle, wait())).status).toBe('Succeeded');
    expect((await getAssetVersion(t.client, ref, 'models', name, '1')).properties.modelUri).toBe(`${blobRef.blobUri}/model`);

    // Reading it back later goes through GetBlobReferenceSAS: a read-only SAS for the version's blob.
    const read = await getBlobReferenceSas(sasClient(), ref, name, '1', {
      assetId: `azureml://registries/${ref.registryName}/models/${name}/versions/1`,
      blobUri: `${blobRef.blobUri}/model/MLmodel`,
    });
    const readUri = read.blobReferenceForConsumption!.credential!.sasUri!;
    expect((await new BlobClient(readUri).downloadToBuffer()).toString()).toBe('flavors: {}\n');
    await expect(new BlockBlobClient(readUri).upload('x', 1)).rejects.toMatchObject({ statusCode: 403 });
  }, SPEC_TIMEOUT_MS);

  it.skipIf(process.env.ARM_LIVE === '1')('refuses an upload location to a Reader (assets/write) and a read SAS to a principal with no role (emulator)', async () => {
    const reader = emulatorClientAs(t.controlEndpoint, seeded.principals.reader.userPrincipalName);
    await expect(startPendingUpload(reader, ref, 'models', uniqueName('ctro'), '1')).rejects.toMatchObject({ status: 403, code: 'AuthorizationFailed' });
    const nobody = emulatorClientAs(t.controlEndpoint, seeded.principals.noRole.userPrincipalName);
    await expect(getBlobReferenceSas(nobody, ref, 'm', '1', { blobUri: 'https://example.com/x' })).rejects.toMatchObject({ status: 403 });
  });
});
