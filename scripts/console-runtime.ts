// Process settings the console's server applies before it loads Next (imported first by console-server.ts),
// so `npm start`, every replica of start:cluster and the browser tests run the same way without node flags.
import { setFlagsFromString } from 'node:v8';
import { installAsyncContextFrame } from './async-context-frame';

// tsx (which runs the server's TypeScript) turns on Node's source-map support, and Node then reads and keeps
// the .map file of every module it loads — Next's server chunks and its own dist, sourcesContent included:
// ~35 MB of strings on each replica's heap for stack traces nobody reads in production (Next's code is
// minified either way; the log lines carry messages and ids). One replica's peak RSS at 40 read-load
// clients: 349 -> 276 MB.
process.setSourceMapsEnabled(false);

// A busy replica's heap after a full collection is ~65 MB, and V8 grew its old generation only ~1.2-1.4x
// before the next one: a full mark-compact every ~17 pages (--trace-gc), whose concurrent marking on the
// helper threads and pause on the main thread were a quarter of a page's CPU. Growing it 2x after each
// collection: one every ~70 pages, CPU off the main thread 10.3 -> 5.7 ms per page and on it 19.0 -> 17.0
// (8 concurrent renders, back to back on one machine), for a peak RSS of ~345 MB instead of ~280. V8 reads
// the flag at each collection, so setting it here works like passing it to node (NODE_OPTIONS refuses it).
setFlagsFromString('--heap-growing-percent=100');

// One AsyncLocalStorage frame per async context instead of one property per store on every promise (later Nodes'
// design, async-context-frame.ts): before Next and React make their stores. Paired replicas, 4 clients each,
// both orders: −0.8 to −1.6 ms of main thread per /registries page (~23 ms).
installAsyncContextFrame();
