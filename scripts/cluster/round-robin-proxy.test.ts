// The proxy's per-replica limit: requests beyond it wait at the proxy and reach the replica one by one as
// earlier answers finish; a client that gives up while waiting takes no replica's turn.
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, expect, it } from 'vitest';
import { startRoundRobinProxy, type RoundRobinProxy } from './round-robin-proxy';

// An upstream that holds every request until the test answers it, and remembers the most it held at once.
async function holdingUpstream() {
  const held: { path: string; res: ServerResponse }[] = [];
  let most = 0;
  const server = createServer((req, res) => {
    held.push({ path: req.url ?? '', res });
    most = Math.max(most, held.length);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    held,
    most: () => most,
    answerFirst: () => held.shift()!.res.end('ok'),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const until = async (condition: () => boolean) => {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve));
};

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

it('lets one request at a time through to a replica whose limit is 1, in order', async () => {
  const upstream = await holdingUpstream();
  const proxy: RoundRobinProxy = await startRoundRobinProxy({ port: 0, upstreams: [upstream.url], maxInFlightPerUpstream: 1 });
  cleanups.push(upstream.close, proxy.close);
  const answers: Promise<string>[] = [];
  // One after the other, so the order they reach the proxy is known.
  for (const path of ['/a', '/b', '/c']) {
    answers.push(fetch(`${proxy.url}${path}`).then((r) => r.text()));
    await until(() => upstream.held.length + proxy.waiting() === answers.length);
  }
  for (const path of ['/a', '/b', '/c']) {
    await until(() => upstream.held.length === 1);
    expect(upstream.held[0].path).toBe(path);
    upstream.answerFirst();
  }
  expect(await Promise.all(answers)).toEqual(['ok', 'ok', 'ok']);
  expect(upstream.most()).toBe(1);
});

it('drops a waiting request whose client left, without using the replica turn it would have had', async () => {
  const upstream = await holdingUpstream();
  const proxy = await startRoundRobinProxy({ port: 0, upstreams: [upstream.url], maxInFlightPerUpstream: 1 });
  cleanups.push(upstream.close, proxy.close);
  const first = fetch(`${proxy.url}/first`).then((r) => r.text());
  await until(() => upstream.held.length === 1);
  const leaving = new AbortController();
  const gaveUp = fetch(`${proxy.url}/gave-up`, { signal: leaving.signal }).catch(() => 'aborted');
  const third = fetch(`${proxy.url}/third`).then((r) => r.text());
  await until(() => proxy.waiting() === 2);
  leaving.abort();
  expect(await gaveUp).toBe('aborted');
  await until(() => proxy.waiting() === 1);
  upstream.answerFirst();
  await until(() => upstream.held.length === 1);
  expect(upstream.held[0].path).toBe('/third');
  upstream.answerFirst();
  expect([await first, await third]).toEqual(['ok', 'ok']);
});
