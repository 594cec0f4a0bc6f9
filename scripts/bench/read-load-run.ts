// `npm run bench`'s read-load part: scripts/bench/read-load.ts as a child (its own emulator, Redis and
// replicas, on READ_LOAD_* ports), bounded in time, its figures and target checks handed back for the
// bench's JSON. BENCH_READ_LOAD=0 skips it.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { ReadLoadFigures } from './read-load-measure';

/** What read-load.ts prints on its last line. */
export interface ReadLoadResult {
  seconds: number;
  registries: number;
  results: ReadLoadFigures[];
  checks: [string, boolean][];
}

// Three rounds of one replica and two at each of two client counts (~8 min with the warm-ups) plus starting an
// emulator, Redis and two replicas, with room for a slow machine.
const LIMIT_MS = 15 * 60_000;

/** Runs the read-load bench; null when BENCH_READ_LOAD=0. */
export async function runReadLoad(root: string, log: (line: string) => void): Promise<ReadLoadResult | null> {
  if (process.env.BENCH_READ_LOAD === '0') return null;
  log('(g) read load: concurrent signed-in clients on /registries, one replica and two (scripts/bench/read-load.ts)…');
  const { stdout } = await promisify(execFile)(path.join(root, 'node_modules', '.bin', 'tsx'), [path.join(__dirname, 'read-load.ts')], {
    cwd: root,
    timeout: LIMIT_MS,
    maxBuffer: 16 * 1024 * 1024,
  });
  const lines = stdout.trim().split('\n');
  for (const line of lines.slice(0, -1)) log(`(g) ${line}`);
  return (JSON.parse(lines.at(-1)!) as { readLoad: ReadLoadResult }).readLoad;
}
