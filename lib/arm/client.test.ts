import { afterEach, describe, expect, it } from 'vitest';
import { createArmClient, type ArmExchange } from './client';
import { ArmError } from './errors';
import { startFakeArm, staticCredential, type FakeArmServer } from './testing/fake-arm-server';

const servers: FakeArmServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
async function fake(...args: Parameters<typeof startFakeArm>) {
  const s = await startFakeArm(...args);
  servers.push(s);
  return s;
}

describe('createArmClient over loopback http', () => {
  it('signs with the credential, sets api-version and query, sends JSON and parses the answer', async () => {
    const server = await fake(() => ({
      status: 201,
      headers: { 'x-ms-request-id': 'req-1', 'x-ms-correlation-request-id': 'corr-1' },
      body: { name: 'rg1' },
    }));
    const client = createArmClient({ endpoint: server.origin, credential: staticCredential('tok-abc') });
    const res = await client.send<{ name: string }>({
      method: 'PUT',
      path: '/subscriptions/s1/resourcegroups/rg1',
      apiVersion: '2022-12-01',
      query: { $top: '5' },
      body: { location: 'eastus' },
    });
    expect(res).toMatchObject({ status: 201, body: { name: 'rg1' }, requestId: 'req-1', correlationId: 'corr-1' });
    const sent = server.received[0];
    expect(sent.method).toBe('PUT');
    expect(sent.url).toBe('/subscriptions/s1/resourcegroups/rg1?%24top=5&api-version=2022-12-01');
    expect(sent.headers.authorization).toBe('Bearer tok-abc');
    expect(sent.headers['content-type']).toBe('application/json');
    expect(sent.headers['x-ms-client-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.parse(sent.body)).toEqual({ location: 'eastus' });
  });

  it('retries a 429 after its Retry-After and reports every attempt to the observer', async () => {
    const server = await fake((_req, s) =>
      s.received.length === 1
        ? { status: 429, headers: { 'retry-after': '1' }, body: { error: { code: 'TooManyRequests', message: 'throttled' } } }
        : { status: 200, body: { ok: true } },
    );
    const seen: ArmExchange[] = [];
    const client = createArmClient({ endpoint: server.origin, credential: staticCredential(), onResponse: (x) => seen.push(x) });
    const res = await client.send({ method: 'GET', path: '/subscriptions' });
    expect(res.body).toEqual({ ok: true });
    expect(server.received).toHaveLength(2);
    expect(server.received[1].at - server.received[0].at).toBeGreaterThanOrEqual(950);
    expect(seen.map((x) => x.status)).toEqual([429, 200]);
  });

  it('retries 5xx with backoff and gives up with an ArmError after maxRetries', async () => {
    const flaky = await fake((_req, s) => (s.received.length < 3 ? { status: 503, body: 'busy' } : { status: 200, body: { ok: 1 } }));
    const client = createArmClient({ endpoint: flaky.origin, credential: staticCredential(), retry: { retryDelayInMs: 10, maxRetryDelayInMs: 20 } });
    await expect(client.send({ method: 'GET', path: '/x' })).resolves.toMatchObject({ status: 200 });
    expect(flaky.received).toHaveLength(3);

    const down = await fake(() => ({ status: 500, body: { error: { code: 'InternalServerError', message: 'boom' } } }));
    const limited = createArmClient({ endpoint: down.origin, credential: staticCredential(), retry: { maxRetries: 2, retryDelayInMs: 10, maxRetryDelayInMs: 20 } });
    await expect(limited.send({ method: 'GET', path: '/x' })).rejects.toMatchObject({ status: 500, code: 'InternalServerError' });
    expect(down.received).toHaveLength(3);
  });

  it('turns an ARM error envelope into ArmError with target, details and tracing ids', async () => {
    const server = await fake(() => ({
      status: 409,
      headers: { 'x-ms-request-id': 'r-9', 'x-ms-correlation-request-id': 'c-9' },
      body: {
        error: {
          code: 'MissingSubscriptionRegistration',
          message: "The subscription is not registered to use namespace 'Microsoft.MachineLearningServices'.",
          target: 'Microsoft.MachineLearningServices',
          details: [{ code: 'Inner', message: 'inner' }],
        },
      },
    }));
    const client = createArmClient({ endpoint: server.origin, credential: staticCredential() });
    const err = await client.send({ method: 'PUT', path: '/x', body: {} }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ArmError);
    expect(err).toMatchObject({
      status: 409,
      code: 'MissingSubscriptionRegistration',
      target: 'Microsoft.MachineLearningServices',
      details: [{ code: 'Inner', message: 'inner' }],
      requestId: 'r-9',
      correlationId: 'c-9',
    });
  });

  it('gives a non-ARM body (HTML, empty) a code from its status and a readable message', async () => {
    const server = await fake((req) =>
      req.url.startsWith('/html') ? { status: 404, headers: { 'content-type': 'text/html' }, body: '<html><h1>Not here</h1></html>' } : { status: 403 },
    );
    const client = createArmClient({ endpoint: server.origin, credential: staticCredential() });
    await expect(client.send({ method: 'GET', path: '/html' })).rejects.toMatchObject({ status: 404, code: 'NotFound', message: expect.stringContaining('Not here') });
    await expect(client.send({ method: 'GET', path: '/empty' })).rejects.toMatchObject({ status: 403, code: 'Forbidden', message: expect.stringContaining('no response body') });
  });

  it('never sends to another origin: absolute URLs elsewhere are refused and redirects are not followed', async () => {
    const other = await fake(() => ({ status: 200, body: {} }));
    const server = await fake(() => ({ status: 302, headers: { location: `${other.origin}/steal` } }));
    const client = createArmClient({ endpoint: server.origin, credential: staticCredential() });
    await expect(client.send({ method: 'GET', path: `${other.origin}/subscriptions` })).rejects.toThrow(/Refusing/);
    await expect(client.send({ method: 'GET', path: '//evil.example/x' })).rejects.toThrow(/single '\/'/);
    await expect(client.send({ method: 'GET', path: '/redirect' })).rejects.toMatchObject({ status: 302 });
    expect(other.received).toHaveLength(0);
  });

  it('reports a dropped connection as ArmError with status 0 once retries are exhausted', async () => {
    const server = await fake(() => undefined);
    const client = createArmClient({ endpoint: server.origin, credential: staticCredential(), retry: { maxRetries: 1, retryDelayInMs: 10 } });
    await expect(client.send({ method: 'GET', path: '/x' })).rejects.toMatchObject({ name: 'ArmError', status: 0 });
    expect(server.received).toHaveLength(2);
  });
});

describe('endpoint rules', () => {
  it('accepts https anywhere and http only on loopback hosts', () => {
    const credential = staticCredential();
    expect(createArmClient({ endpoint: 'https://management.azure.com/', credential }).endpoint).toBe('https://management.azure.com');
    expect(createArmClient({ endpoint: 'http://localhost:4510', credential }).endpoint).toBe('http://localhost:4510');
    expect(createArmClient({ endpoint: 'http://[::1]:4510', credential }).endpoint).toBe('http://[::1]:4510');
    expect(() => createArmClient({ endpoint: 'http://management.azure.com', credential })).toThrow(/https/);
    expect(() => createArmClient({ endpoint: 'http://10.0.0.5:4510', credential })).toThrow(/https/);
    expect(() => createArmClient({ endpoint: 'http://127.0.0.1.evil.example', credential })).toThrow(/https/);
    expect(() => createArmClient({ endpoint: 'https://management.azure.com/base', credential })).toThrow(/origin only/);
  });
});
