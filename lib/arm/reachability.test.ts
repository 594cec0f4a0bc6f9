import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeArm } from './reachability';

let answering: Server;
let silent: Server;
const url = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

beforeAll(async () => {
  answering = createServer((_req, res) => res.writeHead(401).end('{"error":{"code":"AuthenticationFailed"}}'));
  // Accepts the connection and never answers: a hung ARM endpoint.
  silent = createServer(() => undefined);
  await Promise.all([answering, silent].map((s) => new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve))));
});
afterAll(() => {
  silent.closeAllConnections();
  answering.close();
  silent.close();
});

describe('probeArm', () => {
  it('counts any HTTP answer, 401 included, as reachable', async () => {
    expect(await probeArm(url(answering))).toMatchObject({ ok: true, status: 401 });
  });

  it('reports a hung endpoint within its deadline, in words without addresses', async () => {
    const result = await probeArm(url(silent), 300);
    expect(result).toMatchObject({ ok: false, reason: 'Azure Resource Manager did not answer within 0.3 s.' });
    expect(result.ms).toBeLessThan(2_000);
  });

  it('reports a refused connection without socket codes or loopback addresses', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const address = url(closed);
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const result = await probeArm(address, 1_000);
    expect(result).toMatchObject({ ok: false, reason: 'Azure Resource Manager is not accepting connections.' });
    expect(JSON.stringify(result)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1/);
  });
});
