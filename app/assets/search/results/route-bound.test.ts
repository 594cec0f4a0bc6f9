// The asset search's stream against an ARM that hangs, throttles with Retry-After: 30, or answers slower than
// the page's budget: the first line says why the person waits within the page's budget, a hung ARM ends in
// an honest failure within the browser-read bound (the page starts the search again by itself), and a slow
// ARM's results follow in the same stream. Budgets are shortened here (page 0.5 s, browser 1.5 s); only the
// session's choice of ARM client is replaced.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readAgainDelay } from '@/lib/action-kit/reads-again';
import { createArmClient, type ArmClient } from '@/lib/arm/client';
import { staticCredential } from '@/lib/arm/testing/fake-arm-server';
import { parseSearchLines, type AssetSearchEvent } from '@/lib/registries/assets/asset-search';

const PAGE_MS = 500;
const BROWSER_MS = 1_500;
// What a budget may overrun by on a loaded machine: the abort's own delivery and the route's bookkeeping.
const SLACK_MS = 1_500;

vi.mock('@/lib/arm/deadline', async (original) => ({ ...(await original<typeof import('@/lib/arm/deadline')>()), PAGE_ARM_BUDGET_MS: 500, BROWSER_READ_BUDGET_MS: 1_500 }));
const acting = vi.hoisted(() => ({ client: null as ArmClient | null }));
vi.mock('@/lib/session/arm-client', () => ({ getConsoleArmClient: async () => acting.client }));

const { GET } = await import('./route');

let server: Server | null = null;

/** An ARM whose every request is handled by `answer` (which may never answer). */
async function armThat(answer: Parameters<typeof createServer>[1]): Promise<void> {
  server = createServer(answer);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  acting.client = createArmClient({ endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, credential: staticCredential('t') });
}

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  server = null;
});

/** The stream's events, each with the milliseconds since the request. */
async function search(q: string): Promise<{ event: AssetSearchEvent; ms: number }[]> {
  const started = Date.now();
  const response = await GET(new Request(`http://console.test/assets/search/results?q=${q}`));
  expect(response.status).toBe(200);
  const events: { event: AssetSearchEvent; ms: number }[] = [];
  let rest = '';
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    const parsed = parseSearchLines(rest + chunk.value);
    rest = parsed.rest;
    for (const event of parsed.events) events.push({ event, ms: Date.now() - started });
  }
  return events;
}

describe('the asset search', () => {
  it('with ARM hung: says "not answering" within the page budget, then fails within the browser bound and is started again by itself', async () => {
    await armThat(() => undefined);
    const events = await search('credit');
    expect(events.map((e) => e.event.type)).toEqual(['waiting', 'failed']);
    const [waiting, failed] = events;
    expect(waiting.event).toMatchObject({ code: 'ServiceTimeout', message: expect.stringMatching(/^Azure Resource Manager is not answering/) });
    expect(waiting.ms).toBeGreaterThanOrEqual(PAGE_MS - 50);
    expect(waiting.ms).toBeLessThan(PAGE_MS + SLACK_MS);
    expect(failed.event).toMatchObject({ code: 'ServiceTimeout', status: 0 });
    expect(failed.ms).toBeLessThan(PAGE_MS + BROWSER_MS + SLACK_MS);
    if (failed.event.type !== 'failed') throw new Error('unreachable');
    expect(readAgainDelay({ ok: false, ...failed.event })).toBe(1_000);
  });

  it('with Retry-After: 30: fails at once with "throttling", and is started again when ARM takes requests again', async () => {
    await armThat((_req, res) => {
      res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '30' });
      res.end(JSON.stringify({ error: { code: 'TooManyRequests', message: 'Too many requests.' } }));
    });
    const events = await search('credit');
    expect(events.map((e) => e.event.type)).toEqual(['failed']);
    const [failed] = events;
    expect(failed.ms).toBeLessThan(PAGE_MS + SLACK_MS);
    expect(failed.event).toMatchObject({ code: 'TooManyRequests', message: expect.stringMatching(/^Azure is throttling requests; retrying in (29|30) s\./) });
    if (failed.event.type !== 'failed') throw new Error('unreachable');
    expect(readAgainDelay({ ok: false, ...failed.event })).toBeGreaterThanOrEqual(29_000);
  });

  it('with ARM slower than the page budget: says it waits, then streams the answer as soon as ARM gives it', async () => {
    const answerAfterMs = PAGE_MS + 300;
    await armThat((req, res) => {
      const body = req.url?.startsWith('/providers/Microsoft.ResourceGraph/resources') ? { totalRecords: 0, count: 0, data: [], resultTruncated: 'false' } : { value: [] };
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      }, answerAfterMs);
    });
    const events = await search('credit');
    expect(events.map((e) => e.event.type)).toEqual(['waiting', 'started', 'done']);
    expect(events[1].ms).toBeLessThan(PAGE_MS + answerAfterMs + SLACK_MS);
  });
});
