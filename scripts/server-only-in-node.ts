// lib/session's store modules import 'server-only', whose default export throws: it keeps them out of browser
// bundles, and only React's server bundles resolve it to its empty module. The console's server is Node, not
// a bundle, and gates requests with those modules itself (console-gate.ts): here the marker resolves to the
// empty module, as it does in Next's server bundles and in the unit tests (vitest.config.mts).
import { createRequire } from 'node:module';
import path from 'node:path';

const load = createRequire(__filename);
const marker = load.resolve('server-only');
const empty = path.join(path.dirname(marker), 'empty.js');
load(empty);
load.cache[marker] = load.cache[empty];
