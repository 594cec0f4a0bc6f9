// The bench's balancer as configured by haproxy.ts, run for real: round robin with the headers a replica
// relies on, the per-replica limit, and a replica that refuses connections skipped.
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, expect, it } from 'vitest';
import { freePort } from '../bench/processes';
import { haproxyConfig, startHaproxy } from './haproxy';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

// A replica stand-in: answers the balancer's liveness probe, and holds (hold) or echoes every other request.
async function upstream(name: string, hold = false) {
  const held: ServerResponse[] = [];
  const seen: IncomingHttpHeaders[] = [];
  let most = 0;
  const server = createServer((req, res) => {
    if (req.url === '/api/health') return void res.end('ok');
    seen.push(req.headers);
    if (!hold) return void res.end(name);
    held.push(res);
    most = Math.max(most, held.length);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    held,
    most: () => most,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())).then(() => server.closeAllConnections()),
  };
}

const until = async (condition: () => boolean) => {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
};

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

it('writes a configuration HAProxy accepts, with the per-replica limit on each server', () => {
  const config = haproxyConfig({ port: 8080, upstreams: ['http://10.0.0.4:3000', 'http://10.0.0.5:3000'], maxInFlightPerUpstream: 8 });
  expect(config).toContain('server replica-1 10.0.0.4:3000 maxconn 8');
  expect(config).toContain('server replica-2 10.0.0.5:3000 maxconn 8');
});

it('takes turns between replicas and sends each request with a fresh X-Request-Id and X-Forwarded-*', async () => {
  const [a, b] = [await upstream('a'), await upstream('b')];
  const proxy = await startHaproxy({ port: await freePort(), upstreams: [a.url, b.url], maxInFlightPerUpstream: 8 });
  cleanups.push(a.close, b.close, proxy.close);
  const served: string[] = [];
  for (let i = 0; i < 4; i++) served.push(await (await fetch(`${proxy.url}/registries`)).text());
  expect(served.sort()).toEqual(['a', 'a', 'b', 'b']);
  const headers = [...a.seen, ...b.seen];
  expect(new Set(headers.map((h) => h['x-request-id'])).size).toBe(4);
  for (const h of headers) {
    expect(h['x-request-id']).toMatch(UUID);
    expect(h['x-forwarded-for']).toBe('127.0.0.1');
    expect(h['x-forwarded-proto']).toBe('http');
    expect(h['x-forwarded-host']).toBe(new URL(proxy.url).host);
  }
});

it('lets at most maxInFlightPerUpstream requests reach a replica at once and queues the rest', async () => {
  const replica = await upstream('r', true);
  const proxy = await startHaproxy({ port: await freePort(), upstreams: [replica.url], maxInFlightPerUpstream: 1 });
  cleanups.push(replica.close, proxy.close);
  const answers = ['/a', '/b', '/c'].map((path) => fetch(`${proxy.url}${path}`).then((r) => r.text()));
  for (let answered = 0; answered < 3; answered++) {
    await until(() => replica.held.length === 1);
    replica.held.shift()!.end(`ok`);
  }
  expect(await Promise.all(answers)).toEqual(['ok', 'ok', 'ok']);
  expect(replica.most()).toBe(1);
});

it('sends requests to the replica that answers once the other stops, before its liveness probe notices', async () => {
  const [stopping, live] = [await upstream('stopping'), await upstream('live')];
  const proxy = await startHaproxy({ port: await freePort(), upstreams: [stopping.url, live.url] });
  cleanups.push(live.close, proxy.close);
  const served = async (method: string) => (await fetch(`${proxy.url}/registries`, { method, body: method === 'POST' ? 'form' : undefined })).text();
  expect([await served('GET'), await served('GET')].sort()).toEqual(['live', 'stopping']);
  await stopping.close();
  // Probes run every 2 s and take two failures to mark it down: these four come long before that.
  const answers = [await served('GET'), await served('POST'), await served('GET'), await served('POST')];
  expect(answers).toEqual(['live', 'live', 'live', 'live']);
});
