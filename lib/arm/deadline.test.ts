import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { createArmClient } from './client';
import { budgetLeftMs, withArmDeadline } from './deadline';
import { isArmError } from './errors';
import { staticCredential } from './testing/fake-arm-server';
import { runWithRequestContext, type RequestContext } from '../observability/request-context';

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

  it('gives up on a hung endpoint even when garbage collections run while it waits (Node 20 drops a combined timeout signal)', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const endpoint = await serve(() => undefined);
    const collecting = setInterval(gc, 20);
    try {
      const started = Date.now();
      const error = await withArmDeadline(500, () => read(endpoint)).catch((e: unknown) => e);
      expect(Date.now() - started).toBeLessThan(3_000);
      expect(error).toMatchObject({ status: 0, code: 'ServiceTimeout' });
    } finally {
      clearInterval(collecting);
    }
  });

  it('lets a render have many ARM calls in flight in one budget without a listener-leak warning', async () => {
    const endpoint = await serve((_req, res) => setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end('{"value":[]}'), 50));
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.name);
    process.on('warning', onWarning);
    try {
      await withArmDeadline(2_000, () => Promise.all(Array.from({ length: 24 }, () => read(endpoint))));
      // Warnings are emitted on the next tick.
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('warning', onWarning);
    }
    expect(warnings).not.toContain('MaxListenersExceededWarning');
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

  it("marks the request a spent budget cut short for its log line, with the code the page showed; an answered request stays unmarked", async () => {
    const hung = await serve(() => undefined);
    const answering = await serve((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"value":[]}'));
    const cutShort: RequestContext = { requestId: 'cut', armCorrelationIds: [], armCalls: 0 };
    const served: RequestContext = { requestId: 'served', armCorrelationIds: [], armCalls: 0 };
    await runWithRequestContext(cutShort, () => withArmDeadline(300, () => read(hung)).catch(() => undefined));
    await runWithRequestContext(served, () => withArmDeadline(1_000, () => read(answering)));
    expect(cutShort.armBudgetSpent).toBe('ServiceTimeout');
    expect(served.armBudgetSpent).toBeUndefined();
  });

  it('leaves calls outside a budget, and answers inside it, alone', async () => {
    const endpoint = await serve((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"value":[]}'));
    expect((await withArmDeadline(1_000, () => read(endpoint))).body).toEqual({ value: [] });
    expect((await read(endpoint)).status).toBe(200);
  });

  it('keeps a tighter outer budget when the work inside asks for a longer one (a render calling a bounded action)', async () => {
    const inner = await withArmDeadline(1_000, () => withArmDeadline(20_000, async () => budgetLeftMs()));
    expect(inner).toBeLessThanOrEqual(1_000);
    const tighter = await withArmDeadline(20_000, () => withArmDeadline(1_000, async () => budgetLeftMs()));
    expect(tighter).toBeLessThanOrEqual(1_000);
  });

  it('says the console was busy, not ARM, when the budget went by before ARM was asked', async () => {
    const endpoint = await serve(() => undefined);
    const error = await withArmDeadline(800, async () => {
      // The console's own work holds the event loop (a saturated replica) for most of the budget first.
      const until = Date.now() + 600;
      while (Date.now() < until);
      return read(endpoint);
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 0, code: 'ConsoleBusy', message: 'The console is busy right now and could not read from Azure Resource Manager within 0.8 s.' });
  });

  it('says ARM is slow, not silent, when it answered some calls but not all within the budget', async () => {
    let calls = 0;
    const endpoint = await serve((_req, res) => {
      if (calls++ === 0) res.writeHead(200, { 'content-type': 'application/json' }).end('{"value":[]}');
    });
    const error = await withArmDeadline(800, async () => {
      await read(endpoint);
      return read(endpoint);
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 0, code: 'ServiceTimeout', message: 'Azure Resource Manager is slow to answer (not done within 0.8 s).' });
  });
});
