// `npm run bench:read-load`: N concurrent signed-in clients on /registries for D seconds, against one
// console replica and then two behind the round-robin proxy (Redis session store), on the ARM emulator
// seeded to REGISTRIES registries. Prints requests/s, p50/p95/p99, errors and each replica's peak RSS,
// then one JSON line. Needs a production build (NEXT_DIST_DIR honoured). Ports: READ_LOAD_PORT_BASE (3560)…
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SEED_PRINCIPALS } from '../../lib/emulator/seed/principals';
import { sessionSecret } from '../../lib/session/session-secret';
import { signSessionToken } from '../../lib/session/session-token';
import { startEmulatorProcess, startReplica } from '../cluster/cluster-processes';
import { startRoundRobinProxy } from '../cluster/round-robin-proxy';
import { startRedisServer } from '../redis/redis-server-process';
import { sampleRss } from './rss';

const CLIENTS = Number(process.env.READ_LOAD_CLIENTS ?? 40);
const SECONDS = Number(process.env.READ_LOAD_SECONDS ?? 30);
const REGISTRIES = Number(process.env.READ_LOAD_REGISTRIES ?? 566);
const PORT_BASE = Number(process.env.READ_LOAD_PORT_BASE ?? 3560);
const EMULATOR_PORT = Number(process.env.READ_LOAD_EMULATOR_PORT ?? 5050);

interface Figures {
  replicas: number;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  /** 200 pages that said ARM was too slow for the render's budget instead of listing registries. */
  cutOff: number;
  peakRssMb: number[];
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

// A render whose ARM time budget ran out (lib/arm/deadline.ts) is a 200 page that shows why it waits: not a
// served list, so it is counted apart.
const CUT_OFF = /Azure Resource Manager is not answering|Azure is throttling requests/;

async function load(url: string, cookie: string): Promise<{ latencies: number[]; errors: number; cutOff: number }> {
  const latencies: number[] = [];
  let errors = 0;
  let cutOff = 0;
  const until = Date.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (Date.now() < until) {
        const started = performance.now();
        try {
          const response = await fetch(`${url}/registries`, { headers: { cookie }, redirect: 'manual' });
          const body = await response.text();
          if (response.status !== 200 || !body.includes('</html>')) errors++;
          else if (CUT_OFF.test(body)) cutOff++;
          else latencies.push(performance.now() - started);
        } catch {
          errors++;
        }
      }
    }),
  );
  return { latencies, errors, cutOff };
}

async function measure(replicas: number, url: string, pids: number[], cookie: string): Promise<Figures> {
  // A few renders per replica first, so the figures are not the first render's code loading.
  for (let i = 0; i < 3 * replicas; i++) await fetch(`${url}/registries`, { headers: { cookie } }).then((r) => r.text());
  const samplers = pids.map((pid) => sampleRss(pid, 250));
  const { latencies, errors, cutOff } = await load(url, cookie);
  const sorted = latencies.sort((a, b) => a - b);
  return {
    replicas,
    requests: sorted.length,
    requestsPerSecond: Math.round((sorted.length / SECONDS) * 10) / 10,
    p50: Math.round(percentile(sorted, 50)),
    p95: Math.round(percentile(sorted, 95)),
    p99: Math.round(percentile(sorted, 99)),
    errors,
    cutOff,
    peakRssMb: samplers.map((s) => Math.round(s.stop())),
  };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'registry-hub-read-load-'));
  const emulator = await startEmulatorProcess({ port: EMULATOR_PORT, db: path.join(dir, 'arm.db') });
  const redis = await startRedisServer({ dir: path.join(dir, 'redis') });
  try {
    const seeded = await fetch(`${emulator.url}/_emulator/bulk-seed`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ subscriptions: 5, registries: Math.max(0, REGISTRIES - 6), prefix: 'readload' }),
    });
    if (!seeded.ok) throw new Error(`bulk-seed answered ${seeded.status}: ${await seeded.text()}`);
    const owner = SEED_PRINCIPALS.owner;
    const token = await signSessionToken(
      { principalId: owner.id, userPrincipalName: owner.userPrincipalName, displayName: owner.displayName },
      { secret: sessionSecret(), mode: 'emulator', sessionId: `read-load-${Date.now()}` },
    );
    const cookie = `rh_session=${token}`;
    const env = { ...process.env, ARM_ENDPOINT: emulator.url, ARM_AUTH: 'emulator', SESSION_STORE: redis.url };
    const results: Figures[] = [];

    const one = await startReplica({ name: 'replica-1', port: PORT_BASE + 1, env });
    results.push(await measure(1, one.url, [one.child.pid!], cookie));
    const two = await startReplica({ name: 'replica-2', port: PORT_BASE + 2, env });
    const proxy = await startRoundRobinProxy({ port: PORT_BASE, upstreams: [one.url, two.url] });
    results.push(await measure(2, proxy.url, [one.child.pid!, two.child.pid!], cookie));
    await proxy.close();
    await Promise.all([one.stop(), two.stop()]);

    for (const r of results) {
      console.log(
        `${r.replicas} replica(s), ${CLIENTS} clients, ${SECONDS} s on /registries (${REGISTRIES} registries): ${r.requestsPerSecond} req/s, ` +
          `p50 ${r.p50} ms, p95 ${r.p95} ms, p99 ${r.p99} ms, ${r.errors} errors, ${r.cutOff} cut off by the render budget, peak RSS ${r.peakRssMb.join(' + ')} MB`,
      );
    }
    console.log(JSON.stringify({ readLoad: { clients: CLIENTS, seconds: SECONDS, registries: REGISTRIES, results } }));
  } finally {
    await emulator.kill();
    await redis.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
