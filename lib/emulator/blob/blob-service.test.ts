// The blob endpoint over raw HTTP, as a browser would use it: startPendingUpload's SAS, Put Blob, Put Block
// + Get Block List (resume) + Put Block List, Get Blob with Range, HEAD, metadata, List Blobs XML, CORS preflight,
// and the SAS refusals (expired → 403 AuthenticationFailed, missing permission, tampered signature).
import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_SUBSCRIPTIONS } from '../seed';
import type { EmulatorFixture } from '../testing/emulator-fixture';
import { startFixture, uniqueName } from '../testing/emulator-fixture';
import { signContainerSas } from './blob-sas';

const REGISTRY = `/subscriptions/${SEED_SUBSCRIPTIONS.production.id}/resourceGroups/rg-ml-prod/providers/Microsoft.MachineLearningServices/registries/contoso-prod-registry`;
const V = 'api-version=2025-09-01';

type Pending = { blobReferenceForConsumption: { blobUri: string; storageAccountArmId: string; credential: { credentialType: string; sasUri: string } }; pendingUploadId: string };

let emu: EmulatorFixture;
beforeAll(async () => {
  emu = await startFixture();
});
afterAll(() => emu.close());

async function pendingUpload(kind = 'models', name = uniqueName('up')): Promise<{ blobUri: string; sas: string }> {
  const res = await emu.arm<Pending>('POST', `${REGISTRY}/${kind}/${name}/versions/1/startPendingUpload?${V}`, { body: { pendingUploadType: 'TemporaryBlobReference' } });
  expect(res.status).toBe(200);
  const { blobUri, credential } = res.body.blobReferenceForConsumption;
  expect(credential.sasUri.startsWith(`${blobUri}?`)).toBe(true);
  return { blobUri, sas: new URL(credential.sasUri).search.slice(1) };
}

const put = (url: string, body: string, headers: Record<string, string> = { 'x-ms-blob-type': 'BlockBlob' }) => fetch(url, { method: 'PUT', body, headers });
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const blockId = (n: number) => Buffer.from(`block-${String(n).padStart(6, '0')}`).toString('base64');

describe('blob endpoint', () => {
  it('stores a blob with Put Blob and serves it whole, by Range and with HEAD', async () => {
    const { blobUri, sas } = await pendingUpload();
    const created = await put(`${blobUri}/dir/hello.txt?${sas}`, 'hello, registry', { 'x-ms-blob-type': 'BlockBlob', 'x-ms-blob-content-type': 'text/plain' });
    expect(created.status).toBe(201);
    expect(created.headers.get('etag')).toBeTruthy();
    const whole = await fetch(`${blobUri}/dir/hello.txt?${sas}`);
    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-type')).toBe('text/plain');
    expect(await whole.text()).toBe('hello, registry');
    const ranged = await fetch(`${blobUri}/dir/hello.txt?${sas}`, { headers: { 'x-ms-range': 'bytes=7-14' } });
    expect(ranged.status).toBe(206);
    expect(ranged.headers.get('content-range')).toBe('bytes 7-14/15');
    expect(await ranged.text()).toBe('registry');
    const head = await fetch(`${blobUri}/dir/hello.txt?${sas}`, { method: 'HEAD' });
    expect(head.headers.get('content-length')).toBe('15');
    expect(head.headers.get('x-ms-blob-type')).toBe('BlockBlob');
    expect((await fetch(`${blobUri}/dir/hello.txt?${sas}`, { headers: { Range: 'bytes=99-' } })).status).toBe(416);
    const missing = await fetch(`${blobUri}/nope.txt?${sas}`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('x-ms-error-code')).toBe('BlobNotFound');
  });

  it('resumes a block upload: Get Block List shows what arrived, Put Block List commits in order', async () => {
    const { blobUri, sas } = await pendingUpload('data');
    const url = `${blobUri}/big.bin`;
    for (const n of [0, 1]) expect((await put(`${url}?comp=block&blockid=${encodeURIComponent(blockId(n))}&${sas}`, `part${n}|`, {})).status).toBe(201);
    const listed = await fetch(`${url}?comp=blocklist&blocklisttype=uncommitted&${sas}`);
    const xml = await listed.text();
    expect(xml).toContain(`<Name>${blockId(0)}</Name><Size>6</Size>`);
    expect(xml).toContain(`<Name>${blockId(1)}</Name>`);
    expect((await put(`${url}?comp=block&blockid=${encodeURIComponent(blockId(2))}&${sas}`, 'part2|', {})).status).toBe(201);
    const list = `<?xml version="1.0" encoding="utf-8"?><BlockList>${[0, 1, 2].map((n) => `<Latest>${blockId(n)}</Latest>`).join('')}</BlockList>`;
    expect((await put(`${url}?comp=blocklist&${sas}`, list, {})).status).toBe(201);
    expect(await (await fetch(`${url}?${sas}`)).text()).toBe('part0|part1|part2|');
    const unknown = await put(`${url}?comp=blocklist&${sas}`, `<BlockList><Latest>${blockId(9)}</Latest></BlockList>`, {});
    expect(unknown.status).toBe(400);
    expect(unknown.headers.get('x-ms-error-code')).toBe('InvalidBlockList');
  });

  it('takes a 50 MB file as 8 MB blocks, resumes after a lost block, and serves the committed bytes back', async () => {
    const { blobUri, sas } = await pendingUpload();
    const url = `${blobUri}/model/weights.bin`;
    const data = randomBytes(50 * 1024 * 1024);
    const size = 8 * 1024 * 1024;
    const ids = Array.from({ length: Math.ceil(data.length / size) }, (_, n) => blockId(n));
    const send = (n: number) => fetch(`${url}?comp=block&blockid=${encodeURIComponent(ids[n])}&${sas}`, { method: 'PUT', body: data.subarray(n * size, (n + 1) * size) });
    // The first attempt sends every block but the fifth; Get Block List tells the resumed upload what is missing.
    for (let n = 0; n < ids.length; n++) if (n !== 4) expect((await send(n)).status).toBe(201);
    const staged = await (await fetch(`${url}?comp=blocklist&blocklisttype=uncommitted&${sas}`)).text();
    const missing = ids.filter((id) => !staged.includes(`<Name>${id}</Name>`));
    expect(missing).toEqual([ids[4]]);
    for (const id of missing) expect((await send(ids.indexOf(id))).status).toBe(201);
    const list = `<?xml version="1.0" encoding="utf-8"?><BlockList>${ids.map((id) => `<Latest>${id}</Latest>`).join('')}</BlockList>`;
    expect((await put(`${url}?comp=blocklist&${sas}`, list, {})).status).toBe(201);
    const back = Buffer.from(await (await fetch(`${url}?${sas}`)).arrayBuffer());
    expect(back.length).toBe(data.length);
    expect(sha256(back)).toBe(sha256(data));
    const tail = await fetch(`${url}?${sas}`, { headers: { 'x-ms-range': `bytes=${data.length - 16}-` } });
    expect(Buffer.from(await tail.arrayBuffer()).equals(data.subarray(data.length - 16))).toBe(true);
  });

  it('lists blobs as the Blob service does, flat and with a delimiter', async () => {
    const { blobUri, sas } = await pendingUpload('codes');
    for (const name of ['src/train.py', 'src/utils/io.py', 'README.md']) await put(`${blobUri}/${name}?${sas}`, name);
    const flat = await (await fetch(`${blobUri}?restype=container&comp=list&${sas}`)).text();
    expect([...flat.matchAll(/<Blob><Name>([^<]+)<\/Name>/g)].map((m) => m[1])).toEqual(['README.md', 'src/train.py', 'src/utils/io.py']);
    expect(flat).toContain('<Content-Length>12</Content-Length>');
    const tree = await (await fetch(`${blobUri}?restype=container&comp=list&prefix=src/&delimiter=/&${sas}`)).text();
    expect(tree).toContain('<Blob><Name>src/train.py</Name>');
    expect(tree).toContain('<BlobPrefix><Name>src/utils/</Name></BlobPrefix>');
    const paged = await (await fetch(`${blobUri}?restype=container&comp=list&maxresults=2&${sas}`)).text();
    expect(paged).toContain('<NextMarker>src/utils/io.py</NextMarker>');
  });

  it('keeps user metadata from Put Blob, replaces it with Set Blob Metadata, and returns it on HEAD, Get Blob Metadata and List Blobs', async () => {
    const { blobUri, sas } = await pendingUpload();
    const url = `${blobUri}/LocalUpload/abc/model.pkl`;
    expect((await put(`${url}?${sas}`, 'w', { 'x-ms-blob-type': 'BlockBlob', 'x-ms-meta-Origin': 'sdk' })).status).toBe(201);
    expect((await fetch(`${url}?${sas}`, { method: 'HEAD' })).headers.get('x-ms-meta-origin')).toBe('sdk');
    const set = await put(`${url}?comp=metadata&${sas}`, '', { 'x-ms-meta-upload_status': 'completed', 'x-ms-meta-name': 'm' });
    expect(set.status).toBe(200);
    const head = await fetch(`${url}?${sas}`, { method: 'HEAD' });
    expect([head.headers.get('x-ms-meta-upload_status'), head.headers.get('x-ms-meta-name'), head.headers.get('x-ms-meta-origin')]).toEqual(['completed', 'm', null]);
    expect(head.headers.get('etag')).toBe(set.headers.get('etag'));
    expect((await fetch(`${url}?comp=metadata&${sas}`)).headers.get('x-ms-meta-upload_status')).toBe('completed');
    const fromBrowser = await fetch(`${url}?${sas}`, { method: 'HEAD', headers: { Origin: 'http://localhost:3000' } });
    expect(fromBrowser.headers.get('access-control-expose-headers')?.split(',')).toEqual(expect.arrayContaining(['ETag', 'x-ms-meta-upload_status', 'x-ms-meta-name']));
    const listed = await (await fetch(`${blobUri}?restype=container&comp=list&include=metadata&${sas}`)).text();
    expect(listed).toContain('<Metadata><upload_status>completed</upload_status><name>m</name></Metadata>');
    expect(await (await fetch(`${blobUri}?restype=container&comp=list&${sas}`)).text()).not.toContain('<Metadata>');
    expect((await put(`${blobUri}/missing.bin?comp=metadata&${sas}`, '', { 'x-ms-meta-a': 'b' })).status).toBe(404);
    expect((await put(`${url}?comp=metadata&${sas}`, '', { 'x-ms-meta-1bad': 'b' })).headers.get('x-ms-error-code')).toBe('InvalidMetadata');
  });

  it('answers the CORS preflight of a browser upload and exposes the headers the client reads', async () => {
    const { blobUri, sas } = await pendingUpload();
    const preflight = await fetch(`${blobUri}/f.bin?comp=block&blockid=AAAA&${sas}`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:3000', 'Access-Control-Request-Method': 'PUT', 'Access-Control-Request-Headers': 'x-ms-blob-type,content-type' },
    });
    expect(preflight.status).toBe(200);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('PUT');
    expect(preflight.headers.get('access-control-allow-headers')).toBe('x-ms-blob-type,content-type');
    const upload = await fetch(`${blobUri}/f.bin?${sas}`, { method: 'PUT', body: 'x', headers: { Origin: 'http://localhost:3000', 'x-ms-blob-type': 'BlockBlob' } });
    expect(upload.headers.get('access-control-expose-headers')).toContain('ETag');
  });

  it('refuses an expired SAS with 403 AuthenticationFailed, a read-only SAS for writes, and a tampered signature', async () => {
    const { blobUri, sas } = await pendingUpload();
    const [, account, container] = new URL(blobUri).pathname.split('/').filter(Boolean);
    const expired = signContainerSas(emu.emulator, { account, container, permissions: 'rcwl', expiresOn: new Date(Date.now() - 60_000) });
    const res = await put(`${blobUri}/late.bin?${expired}`, 'late');
    expect(res.status).toBe(403);
    expect(res.headers.get('x-ms-error-code')).toBe('AuthenticationFailed');
    expect(await res.text()).toContain('Signed expiry time');

    const readOnly = signContainerSas(emu.emulator, { account, container, permissions: 'rl', expiresOn: new Date(Date.now() + 60_000) });
    const denied = await put(`${blobUri}/ro.bin?${readOnly}`, 'nope');
    expect(denied.status).toBe(403);
    expect(denied.headers.get('x-ms-error-code')).toBe('AuthorizationPermissionMismatch');

    const tampered = sas.replace(/sp=[a-z]+/, 'sp=racwdl');
    expect((await put(`${blobUri}/t.bin?${tampered}`, 'x')).headers.get('x-ms-error-code')).toBe('AuthenticationFailed');
    const otherContainer = blobUri.replace(/\/[^/]+$/, '/00000000-0000-0000-0000-000000000000');
    expect((await fetch(`${otherContainer}/x?${sas}`)).status).toBe(403);
    expect((await fetch(`${blobUri}/x`)).status).toBe(403);
  });

  it('gives a read SAS for a registry blob through datareferences, and refuses blobs elsewhere', async () => {
    const { blobUri, sas } = await pendingUpload();
    await put(`${blobUri}/model.pkl?${sas}`, 'weights');
    const ok = await emu.arm<Pending>('POST', `${REGISTRY}/datareferences/model/versions/1?${V}`, { body: { assetId: 'azureml://x', blobUri: `${blobUri}/model.pkl` } });
    expect(ok.status).toBe(200);
    const readSas = ok.body.blobReferenceForConsumption.credential.sasUri;
    expect(readSas.startsWith(`${blobUri}/model.pkl?`)).toBe(true);
    expect(await (await fetch(readSas)).text()).toBe('weights');
    expect((await put(readSas, 'overwrite')).status).toBe(403);
    const elsewhere = await emu.arm('POST', `${REGISTRY}/datareferences/model/versions/1?${V}`, { body: { blobUri: 'https://evil.example.com/_blob/acct/cont/x' } });
    expect(elsewhere.status).toBe(400);
  });
});
