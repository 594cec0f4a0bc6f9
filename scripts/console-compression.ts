// The console's response compression, in place of Next's built-in one (next.config.mjs `compress: false`),
// which only speaks gzip at zlib's default level 6. Measured on the list's 204 KB HTML as Next streams it
// (10 chunks, a flush after each), CPU per page (zlib runs in the threadpool, off the main thread, but on
// the same 2 cores as every replica): gzip 6 2.3 ms → 29 KB; gzip 1 1.3 ms → 33 KB; brotli 3 1.4 ms → 25 KB;
// brotli 4 (the package's default) 2.3 ms → 24 KB; brotli 1 0.9 ms → 32 KB. Brotli 3 gives browsers (they all
// send br) a smaller page than before for 60 % of the CPU; gzip 1 is for clients without br (Node's fetch
// over http) at half the CPU. Per-chunk flushes cost ~0.3 ms of that: Next flushes ~10 times per page, not
// thousands, so they stay (they are what delivers the skeleton before the streamed rows); coalesceWrites
// makes what Next writes and flushes in one turn of the event loop one zlib operation.
//
// The `compression` package (1.8) negotiates Accept-Encoding (br preferred), adds Vary: Accept-Encoding,
// leaves alone responses that are small (Content-Length < 1 KB), not compressible by type (images, fonts,
// archives), already encoded, marked Cache-Control: no-transform, or answers to HEAD, and gives `res.flush`,
// which Next calls after each streamed chunk.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Duplex } from 'node:stream';
import { constants } from 'node:zlib';
import compression from 'compression';

const GZIP_LEVEL = 1;
const BROTLI_QUALITY = 3;
// Brotli's default window (22 bits) gives every response a 4 MB+ encoder, allocated on the main thread and
// faulted in page by page: with 8 renders in flight it cost 13 CPU ms per /registries page (32.1 against
// 18.7 for gzip, read-load at 40 clients, 43.6 req/s against 64.1). A 256 KB window covers a whole page
// (the list's is 204 KB) and compresses it to the same 25.7 KB: 21 CPU ms per page, 58 req/s.
const BROTLI_WINDOW_BITS = 18;

// Every write to a page's compression stream flushes (`flush`): coalesceWrites hands the stream one write per
// turn of the event loop in which Next wrote, so each is one zlib operation instead of a write and a flush.
const middleware = compression({
  level: GZIP_LEVEL,
  flush: constants.Z_SYNC_FLUSH,
  brotli: {
    flush: constants.BROTLI_OPERATION_FLUSH,
    params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [constants.BROTLI_PARAM_LGWIN]: BROTLI_WINDOW_BITS },
  },
});

// Next's hashed build files (/_next/static/) are immutable: a browser downloads each once, so bytes count
// more than CPU. On the build's 12 largest chunks: gzip 6 359 KB, brotli 3 with the small window 370 KB,
// brotli 5 with its default window 340 KB in about gzip 6's time.
const STATIC_PREFIX = '/_next/static/';
const staticMiddleware = compression({ level: 6, brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } } });

const noop = () => undefined;

/**
 * On a client that hangs up mid-response the middleware never ends its zlib stream, whose native memory
 * then waits for a full GC (Next's own compression has the same fix, release-compression-stream.js). The
 * middleware hands its stream back from `res.on('drain')`, the one place it exposes it.
 */
function releaseOnHangUp(res: ServerResponse): void {
  res.once('close', () => {
    if (res.writableFinished) return;
    const stream: unknown = res.on('drain', noop);
    if (stream === res || !(stream instanceof Duplex)) {
      res.off('drain', noop);
      return;
    }
    stream.destroy();
  });
}

type WriteCallback = (error?: Error | null) => void;

/**
 * Hands what Next writes in one turn of the event loop to the compression stream as one write, at the end of
 * that turn. Each write or flush of a zlib stream is a round trip through libuv's thread pool, and each costs
 * the main thread ~40-50 µs here besides the compressing: Next writes a /registries page in 8 pieces, flushing
 * after each, in ~3 turns, so its flushes only mark where a piece may go out and the turn's end sends them
 * (8 zlib operations and socket writes a page became ~2; the skeleton still leaves before the rows are read).
 * With two replicas on two cores, fewer wake-ups also switch the other replica's main thread out less.
 * Backpressure still holds, one write late: once the stream refuses a write, the next write says so until the
 * response drains.
 */
function coalesceWrites(res: ServerResponse & { flush?: () => void }): void {
  const write = res.write.bind(res) as (chunk: Uint8Array) => boolean;
  const end = res.end.bind(res) as (chunk?: Uint8Array) => ServerResponse;
  let pending: Uint8Array[] = [];
  let done: WriteCallback[] = [];
  let scheduled = false;
  let blocked = false;
  let ended = false;
  const take = (): Uint8Array | undefined => {
    if (pending.length === 0) return undefined;
    const chunk = pending.length === 1 ? pending[0] : Buffer.concat(pending);
    pending = [];
    return chunk;
  };
  const drain = () => {
    scheduled = false;
    const chunk = take();
    const callbacks = done;
    done = [];
    if (!chunk || res.destroyed) return;
    if (!write(chunk) && !blocked) {
      blocked = true;
      res.once('drain', () => (blocked = false));
    }
    for (const callback of callbacks) process.nextTick(callback);
  };
  res.write = ((chunk: string | Uint8Array, encoding?: BufferEncoding | WriteCallback, callback?: WriteCallback) => {
    if (ended) return false;
    pending.push(typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8') : chunk);
    const onWritten = typeof encoding === 'function' ? encoding : callback;
    if (onWritten) done.push(onWritten);
    if (!scheduled) {
      scheduled = true;
      setImmediate(drain);
    }
    return !blocked;
  }) as ServerResponse['write'];
  res.flush = () => {
    if (scheduled || pending.length === 0) return;
    scheduled = true;
    setImmediate(drain);
  };
  res.end = ((chunk?: string | Uint8Array | (() => void), encoding?: BufferEncoding | (() => void), callback?: () => void) => {
    if (ended) return res;
    ended = true;
    const onFinished = [chunk, encoding, callback].find((arg) => typeof arg === 'function') as (() => void) | undefined;
    if (typeof chunk === 'string') pending.push(Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8'));
    else if (chunk instanceof Uint8Array) pending.push(chunk);
    if (onFinished) res.once('finish', onFinished);
    const callbacks = done;
    done = [];
    for (const written of callbacks) res.once('finish', () => written());
    return end(take());
  }) as ServerResponse['end'];
}

/** Compresses what `res` sends, as the request's Accept-Encoding allows; call before anything is written. */
export function compressResponse(req: IncomingMessage, res: ServerResponse): void {
  // The middleware is typed for express; it only uses node's own request and response.
  const immutable = req.url?.startsWith(STATIC_PREFIX) === true;
  (immutable ? staticMiddleware : middleware)(req as Parameters<typeof middleware>[0], res as Parameters<typeof middleware>[1], noop);
  releaseOnHangUp(res);
  // Build files are piped from disk in large chunks: nothing to coalesce.
  if (!immutable) coalesceWrites(res);
}
