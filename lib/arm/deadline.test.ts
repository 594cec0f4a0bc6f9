import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { createArmClient } from './client';
import { withArmDeadline } from './deadline';
import { isArmError } from './errors';
import { staticCredential } from './testing/fake-arm-server';

const servers: Server[] = [];
afterAll(() => servers.forEach((s) => (s.closeAllConnections(), s.close())));

async function serve(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const read = (endpoint: string) =>
  createArmClient({ endpoint, credential: staticCredential('t') }).send({ method: 'GET', path: '/subscriptions', apiVersion: '2022-12-01' });

describe('withArmDeadline', () => {
  it('does not wait out a Retry-After: 30 that outlasts the budget: says at once that Azure is throttling, with the seconds left', async () => {
    const endpoint = await serve((_req, res) => res.writeHead(429, { 'Retry-After': '30', 'content-type': 'application/json' }).end('{"error":{"code":"TooManyRequests","message":"slow down"}}'));
    const started = Date.now();
    const error = await withArmDeadline(2_500, () => read(endpoint)).catch((e: unknown) => e);
    // Retry-After reaches past the budget: the answer comes at once, not when the budget runs out.
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(isArmError(error)).toBe(true);
    expect(error).toMatchObject({ status: 429, code: 'TooManyRequests' });
    expect((error as Error).message).toMatch(/^Azure is throttling requests; retrying in (29|30) s\.$/);
  });

  it('gives up on an endpoint that accepts and never answers, naming Azure Resource Manager', async () => {
    const endpoint = await serve(() => undefined);
    const started = Date.now();
    const error = await withArmDeadline(800, () => read(endpoint)).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(error).toMatchObject({ status: 0, code: 'ServiceTimeout', message: 'Azure Resource Manager is not answering (no reply within 0.8 s).' });
  });

  it('gives up when the token endpoint itself hangs (a stopped emulator), within the budget', async () => {
    const endpoint = await serve((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"value":[]}'));
    const hungCredential = { getToken: () => new Promise<never>(() => undefined) };
    const client = createArmClient({ endpoint, credential: hungCredential });
    const started = Date.now();
    const error = await withArmDeadline(800, () => client.send({ method: 'GET', path: '/subscriptions', apiVersion: '2022-12-01' })).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(error).toMatchObject({ status: 0, code: 'ServiceTimeout' });
  });

  it('leaves calls outside a budget, and answers inside it, alone', async () => {
    const endpoint = await serve((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"value":[]}'));
    expect((await withArmDeadline(1_000, () => read(endpoint))).body).toEqual({ value: [] });
    expect((await read(endpoint)).status).toBe(200);
  });
});
