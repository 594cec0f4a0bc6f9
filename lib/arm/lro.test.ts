import { afterEach, describe, expect, it } from 'vitest';
import { createArmClient, type ArmResponse } from './client';
import { decodeHandle, encodeHandle, handleFromResponse, pollOperation, waitForOperation, type OperationHandle } from './lro';
import { startFakeArm, staticCredential, type FakeArmServer } from './testing/fake-arm-server';

const servers: FakeArmServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const endpoint = 'http://127.0.0.1:4510';
const handle: OperationHandle = {
  kind: 'azure-async-operation',
  pollUrl: `${endpoint}/subscriptions/s/providers/Microsoft.MachineLearningServices/locations/eastus/registryOperationsStatus/op1?api-version=2025-09-01`,
  resourceUrl: `${endpoint}/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/registries/r?api-version=2025-09-01`,
  startedAt: new Date().toISOString(),
  retryAfterSeconds: 10,
};

function response(method: string, url: string, status: number, headers: Record<string, string>, body?: unknown): ArmResponse<unknown> {
  return { status, headers, body, request: { method, url } };
}

describe('encodeHandle / decodeHandle', () => {
  it('round-trips through a URL-safe string', () => {
    const encoded = encodeHandle(handle);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeHandle(encoded, { endpoint })).toEqual(handle);
  });

  it('refuses a handle whose poll or resource URL is on another host', () => {
    const evil = encodeHandle({ ...handle, pollUrl: 'https://evil.example/op?api-version=1' });
    expect(() => decodeHandle(evil, { endpoint })).toThrow(/pollUrl is not on the ARM endpoint/);
    const otherPort = encodeHandle({ ...handle, resourceUrl: 'http://127.0.0.1:9999/x' });
    expect(() => decodeHandle(otherPort, { endpoint })).toThrow(/resourceUrl is not on the ARM endpoint/);
  });

  it.each([
    ['garbage', 'not base64url!'],
    ['empty', ''],
    ['not JSON', Buffer.from('hello').toString('base64url')],
    ['an array', Buffer.from('[]').toString('base64url')],
    ['unknown kind', encodeHandle({ ...handle, kind: 'magic' as OperationHandle['kind'] })],
    ['bad startedAt', encodeHandle({ ...handle, startedAt: 'yesterday' })],
    ['negative retry', encodeHandle({ ...handle, retryAfterSeconds: -1 })],
    ['relative pollUrl', encodeHandle({ ...handle, pollUrl: '/subscriptions/s/op' })],
    ['oversized', 'A'.repeat(5000)],
  ])('refuses %s', (_name, encoded) => {
    expect(() => decodeHandle(encoded, { endpoint })).toThrow(/Invalid operation handle/);
  });
});

describe('handleFromResponse', () => {
  const putUrl = `${endpoint}/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/registries/r?api-version=2025-09-01`;

  it('prefers Azure-AsyncOperation and keeps the PUT URL as the resource', () => {
    const h = handleFromResponse(response('PUT', putUrl, 201, { 'azure-asyncoperation': `${endpoint}/op/1`, location: `${endpoint}/loc/1`, 'retry-after': '15' }));
    expect(h).toMatchObject({ kind: 'azure-async-operation', pollUrl: `${endpoint}/op/1`, resourceUrl: putUrl, retryAfterSeconds: 15 });
  });

  it('uses Location next, and a DELETE keeps no resource URL', () => {
    expect(handleFromResponse(response('DELETE', putUrl, 202, { location: `${endpoint}/loc/1` }))).toMatchObject({ kind: 'location', pollUrl: `${endpoint}/loc/1` });
    expect(handleFromResponse(response('DELETE', putUrl, 202, { 'operation-location': `${endpoint}/op/2` }))?.resourceUrl).toBeUndefined();
  });

  it('falls back to the PUT body provisioningState, and reports finished operations as null', () => {
    expect(handleFromResponse(response('PUT', putUrl, 201, {}, { properties: { provisioningState: 'Creating' } }))).toMatchObject({ kind: 'provisioning-state', pollUrl: putUrl });
    expect(handleFromResponse(response('PUT', putUrl, 200, {}, { properties: { provisioningState: 'Succeeded' } }))).toBeNull();
    expect(handleFromResponse(response('DELETE', putUrl, 204, {}))).toBeNull();
  });
});

describe('pollOperation', () => {
  it('reads an operation-status resource and fetches the resource once it succeeded', async () => {
    let polls = 0;
    const server = await startFakeArm((req) => {
      if (req.url.startsWith('/op')) {
        polls += 1;
        return { status: 200, headers: { 'retry-after': '3' }, body: { status: polls === 1 ? 'InProgress' : 'Succeeded' } };
      }
      return { status: 200, body: { name: 'r', location: 'eastus', properties: {} } };
    });
    servers.push(server);
    const client = createArmClient({ endpoint: server.origin, credential: staticCredential() });
    const h: OperationHandle = { kind: 'azure-async-operation', pollUrl: `${server.origin}/op/1`, resourceUrl: `${server.origin}/res`, startedAt: new Date().toISOString() };
    expect(await pollOperation(client, h)).toEqual({ status: 'InProgress', retryAfterSeconds: 3 });
    expect(await pollOperation(client, h)).toMatchObject({ status: 'Succeeded', resource: { name: 'r' } });
  });

  it('returns the operation error for Failed, and throws when the status URL itself fails', async () => {
    const server = await startFakeArm((req) =>
      req.url.startsWith('/failed')
        ? { status: 200, body: { status: 'Failed', error: { code: 'StorageAccountFailed', message: 'quota' } } }
        : { status: 404, body: { error: { code: 'NotFound', message: 'no such operation' } } },
    );
    servers.push(server);
    const client = createArmClient({ endpoint: server.origin, credential: staticCredential() });
    const base = { kind: 'azure-async-operation' as const, startedAt: new Date().toISOString() };
    expect(await pollOperation(client, { ...base, pollUrl: `${server.origin}/failed` })).toEqual({
      status: 'Failed',
      error: { code: 'StorageAccountFailed', message: 'quota' },
    });
    await expect(pollOperation(client, { ...base, pollUrl: `${server.origin}/missing` })).rejects.toMatchObject({ name: 'ArmError', status: 404 });
  });

  it('treats Location 202 as running and 200/204 as done', async () => {
    let calls = 0;
    const server = await startFakeArm(() => {
      calls += 1;
      return calls < 3 ? { status: 202, headers: { location: 'x', 'retry-after': '1' } } : { status: 204 };
    });
    servers.push(server);
    const client = createArmClient({ endpoint: server.origin, credential: staticCredential() });
    const h: OperationHandle = { kind: 'location', pollUrl: `${server.origin}/loc`, startedAt: new Date().toISOString() };
    const result = await waitForOperation(client, h, { intervalMs: 5 });
    expect(result).toEqual({ status: 'Succeeded' });
    expect(server.received).toHaveLength(3);
  });

  it('reads a 4xx final answer of a Location URL as the operation failing, and a 5xx as a failed read', async () => {
    const server = await startFakeArm((req) =>
      req.url?.startsWith('/conflict')
        ? { status: 409, body: { error: { code: 'Conflict', message: 'Another operation is running on the registry.' } } }
        : { status: 500, body: { error: { code: 'InternalServerError', message: 'try later' } } },
    );
    servers.push(server);
    const client = createArmClient({ endpoint: server.origin, credential: staticCredential(), retry: { maxRetries: 0 } });
    const base = { kind: 'location' as const, startedAt: new Date().toISOString() };
    expect(await pollOperation(client, { ...base, pollUrl: `${server.origin}/conflict` })).toMatchObject({
      status: 'Failed',
      error: { code: 'Conflict', message: 'Another operation is running on the registry.' },
    });
    await expect(pollOperation(client, { ...base, pollUrl: `${server.origin}/broken` })).rejects.toMatchObject({ name: 'ArmError', status: 500 });
  });

  it('waitForOperation gives up after its timeout', async () => {
    const server = await startFakeArm(() => ({ status: 200, body: { status: 'Running' } }));
    servers.push(server);
    const client = createArmClient({ endpoint: server.origin, credential: staticCredential() });
    const h: OperationHandle = { kind: 'azure-async-operation', pollUrl: `${server.origin}/op`, startedAt: new Date().toISOString() };
    await expect(waitForOperation(client, h, { intervalMs: 10, timeoutMs: 100 })).rejects.toThrow(/still InProgress/);
  });
});
