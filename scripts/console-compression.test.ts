// The console server's compression as a browser or an ARM client sees it, through the real request listener:
// which encoding a client gets for what it accepts, Vary, what stays uncompressed, and that a streamed page
// still arrives piece by piece (Next flushes after each chunk; the skeleton must not wait for the rows).
import { randomBytes } from 'node:crypto';
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BrotliCompress, brotliDecompressSync, createBrotliDecompress, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleRequestListener, type InFlight } from './console-requests';

const PAGE = `<!DOCTYPE html><html><body>${'<div class="row">registry</div>'.repeat(400)}</body></html>`;
const SKELETON = '<div id="skeleton">Loading registries</div>';
const ROWS = '<div id="rows">readload-001</div>';

const PIECES = Array.from({ length: 20 }, (_, i) => `<div class="row">registry-${i}</div>`.repeat(40));

// Resolved by the test once the client has read the skeleton: the stream's end waits for it.
let releaseRows: () => void = () => undefined;

// 300 KB that does not compress on its own, twice: only a window reaching 300 KB back finds the repeat.
const NOISE = randomBytes(225 * 1024).toString('base64');
const BUILD_FILE = NOISE + NOISE;

function handle(req: IncomingMessage, res: ServerResponse & { flush?: () => void }): Promise<void> {
  switch (req.url) {
    case '/page':
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(PAGE);
      break;
    case '/_next/static/chunks/build.js':
    case '/api/script.js':
      res.setHeader('Content-Type', 'application/javascript; charset=utf-8');
      res.end(BUILD_FILE);
      break;
    case '/small':
      res.setHeader('Content-Type', 'application/json');
      res.setHeader('Content-Length', '11');
      res.end('{"ok":true}');
      break;
    case '/image':
      res.setHeader('Content-Type', 'image/png');
      res.end(Buffer.alloc(4096, 7));
      break;
    case '/stream':
    case '/stream-unflushed':
      // As Next's pipe-readable.js does: write a chunk, flush, later the rest (or without the flush).
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.write(SKELETON + ' '.repeat(2048));
      if (req.url === '/stream') res.flush?.();
      return new Promise<void>((resolve) => {
        releaseRows = () => {
          res.end(ROWS);
          resolve();
        };
      });
    case '/pieces':
      // A page as Next streams it: bursts of two pieces, each burst flushed, on separate turns of the loop.
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      return (async () => {
        for (const [i, piece] of PIECES.entries()) {
          res.write(piece);
          if (i % 2 === 1) {
            res.flush?.();
            await new Promise((resolve) => setImmediate(resolve));
          }
        }
        res.end();
      })();
    case '/turns':
      // As Next writes a page since its React writes a flush at once: several pieces in one turn, each flushed.
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      return (async () => {
        for (let turn = 0; turn < 3; turn++) {
          for (let piece = 0; piece < 3; piece++) {
            res.write(PIECES[turn * 3 + piece]);
            res.flush?.();
          }
          await new Promise((resolve) => setImmediate(resolve));
        }
        res.end();
      })();
    default:
      res.statusCode = 404;
      res.end();
  }
  return Promise.resolve();
}

let server: Server;
let port = 0;

beforeAll(async () => {
  const inFlight: InFlight = { count: 0, draining: false, onIdle: () => undefined };
  server = createServer(consoleRequestListener({ handle, replica: 'test', trustedProxies: [], inFlight }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

function get(path: string, acceptEncoding: string | null, method = 'GET'): Promise<{ res: IncomingMessage; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const headers = acceptEncoding === null ? {} : { 'accept-encoding': acceptEncoding };
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ res, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** What `run` gave and the zlib operations it caused (each is a thread-pool round trip). */
async function countingZlibOperations<T>(run: () => Promise<T>): Promise<{ result: T; operations: number }> {
  // ZlibBase, the prototype every zlib stream's _transform comes from: one call per operation.
  const zlibBase = Object.getPrototypeOf(BrotliCompress.prototype) as { _transform: (...args: unknown[]) => void };
  const transform = zlibBase._transform;
  let operations = 0;
  zlibBase._transform = function (this: unknown, ...args: unknown[]) {
    operations++;
    return transform.apply(this, args);
  };
  try {
    return { result: await run(), operations };
  } finally {
    zlibBase._transform = transform;
  }
}

describe('console server compression', () => {
  it('sends brotli to a client that accepts it (every browser), with Vary and the request id kept', async () => {
    const { res, body } = await get('/page', 'gzip, deflate, br, zstd');
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(brotliDecompressSync(body).toString()).toBe(PAGE);
    expect(body.length).toBeLessThan(PAGE.length / 10);
  });

  it('sends gzip to a client without brotli (Node fetch over http)', async () => {
    const { res, body } = await get('/page', 'gzip, deflate');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(gunzipSync(body).toString()).toBe(PAGE);
  });

  it("compresses Next's immutable build files harder than pages: their repeats beyond 256 KB are found", async () => {
    const built = await get('/_next/static/chunks/build.js', 'gzip, deflate, br');
    const page = await get('/api/script.js', 'gzip, deflate, br');
    expect(built.res.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(built.body).toString()).toBe(BUILD_FILE);
    expect(built.body.length).toBeLessThan(NOISE.length * 0.85);
    expect(page.body.length).toBeGreaterThan(NOISE.length * 1.3);
  });

  it('sends the page as it is to a client that accepts neither', async () => {
    for (const accept of ['identity', null]) {
      const { res, body } = await get('/page', accept);
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(res.headers.vary).toMatch(/accept-encoding/i);
      expect(body.toString()).toBe(PAGE);
    }
  });

  it('leaves small bodies, images and HEAD answers uncompressed', async () => {
    const small = await get('/small', 'br, gzip');
    expect(small.res.headers['content-encoding']).toBeUndefined();
    expect(small.body.toString()).toBe('{"ok":true}');
    const image = await get('/image', 'br, gzip');
    expect(image.res.headers['content-encoding']).toBeUndefined();
    expect(image.body.length).toBe(4096);
    const head = await get('/page', 'br, gzip', 'HEAD');
    expect(head.res.statusCode).toBe(200);
    expect(head.res.headers['content-encoding']).toBeUndefined();
  });

  it.each(['/stream', '/stream-unflushed'])('delivers a streamed page piece by piece: the skeleton arrives while the rows are still pending (%s)', async (path) => {
    const text = await new Promise<string>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path, headers: { 'accept-encoding': 'br' } }, (res) => {
        expect(res.headers['content-encoding']).toBe('br');
        let seen = '';
        const decoded = res.pipe(createBrotliDecompress());
        decoded.on('data', (chunk: Buffer) => {
          seen += chunk.toString();
          // The rows are only written once the skeleton has reached the client.
          if (seen.includes(SKELETON) && !seen.includes(ROWS)) releaseRows();
        });
        decoded.on('end', () => resolve(seen));
        decoded.on('error', reject);
      });
      req.on('error', reject);
      req.end();
    });
    expect(text.indexOf(SKELETON)).toBe(0);
    expect(text.endsWith(ROWS)).toBe(true);
  });

  it("hands zlib one operation per flush of Next's, not one per piece and one per flush (each is a thread-pool round trip)", async () => {
    const { result, operations } = await countingZlibOperations(() => get('/pieces', 'br'));
    expect(result.res.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(result.body).toString()).toBe(PIECES.join(''));
    // 10 flushed bursts and the end; written as they came, 20 pieces and 10 flushes were 31.
    expect(operations).toBeLessThanOrEqual(11);
  });

  it('hands zlib one operation per turn of the event loop in which Next wrote, however often it flushed', async () => {
    const { result, operations } = await countingZlibOperations(() => get('/turns', 'br'));
    expect(brotliDecompressSync(result.body).toString()).toBe(PIECES.slice(0, 9).join(''));
    // 3 turns of 3 flushed pieces, and the end; one operation per flush were 10.
    expect(operations).toBeLessThanOrEqual(4);
  });
});
