// `npm run start:cluster`: CLUSTER_REPLICAS console replicas (default 2) behind a round-robin proxy on
// PORT (default 3000), replicas on the ports after it, sharing one session store: SESSION_STORE when set,
// otherwise a local redis-server (scripts/ensure-redis.sh) persisting under .data/redis. The ARM emulator
// runs too unless ARM_ENDPOINT is set. Builds the console first when there is no production build.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { startRedisServer, type RedisServerProcess } from '../redis/redis-server-process';
import { ROOT, startEmulatorProcess, startReplica, type ClusterProcess } from './cluster-processes';
import { startRoundRobinProxy, type RoundRobinProxy } from './round-robin-proxy';

const port = Number(process.env.PORT || 3000);
const replicas = Number(process.env.CLUSTER_REPLICAS || 2);
const distDir = process.env.NEXT_DIST_DIR ?? '.next';
// Requests each replica serves at once; the rest wait at the proxy (docs/operations.md "Load and memory").
const maxInFlightPerUpstream = Number(process.env.CLUSTER_MAX_IN_FLIGHT || 8);
const children: ClusterProcess[] = [];
let redis: RedisServerProcess | undefined;
let proxy: RoundRobinProxy | undefined;
let stopping = false;

function log(message: string): void {
  console.log(`[cluster] ${message}`);
}

async function stopAll(code: number): Promise<never> {
  stopping = true;
  log('Stopping: proxy, replicas (they finish in-flight requests), emulator, Redis.');
  await proxy?.close();
  await Promise.all(children.map((child) => child.stop()));
  await redis?.stop();
  process.exit(code);
}

async function main(): Promise<void> {
  if (!Number.isInteger(replicas) || replicas < 1) throw new Error('CLUSTER_REPLICAS must be a whole number of at least 1.');
  if (!Number.isInteger(maxInFlightPerUpstream) || maxInFlightPerUpstream < 1) throw new Error('CLUSTER_MAX_IN_FLIGHT must be a whole number of at least 1.');
  process.on('SIGINT', () => void stopAll(130));
  process.on('SIGTERM', () => void stopAll(143));
  if (!existsSync(path.join(ROOT, distDir, 'BUILD_ID'))) {
    log(`No production build in ${distDir}: running next build.`);
    if (spawnSync(path.join(ROOT, 'node_modules', '.bin', 'next'), ['build'], { cwd: ROOT, stdio: 'inherit' }).status !== 0) process.exit(1);
  }
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (!env.SESSION_STORE) {
    if (spawnSync('bash', [path.join(ROOT, 'scripts', 'ensure-redis.sh')], { stdio: 'inherit' }).status !== 0) process.exit(1);
    redis = await startRedisServer({ dir: path.join(ROOT, '.data', 'redis') });
    env.SESSION_STORE = redis.url;
    log(`Session store: redis-server on ${redis.url} (data in .data/redis).`);
  }
  if (!env.ARM_ENDPOINT) {
    const emulator = await startEmulatorProcess({
      port: Number(env.ARM_EMULATOR_PORT || 4510),
      db: env.ARM_EMULATOR_DB || path.join(ROOT, '.data', 'arm-emulator.db'),
      echo: true,
    });
    children.push(emulator);
    env.ARM_ENDPOINT = emulator.url;
    env.ARM_AUTH = 'emulator';
    log(`ARM emulator at ${emulator.url}.`);
  }
  const started = await Promise.all(
    Array.from({ length: replicas }, (_, i) => startReplica({ name: `replica-${i + 1}`, port: port + 1 + i, env, echo: true })),
  );
  children.push(...started);
  for (const replica of started) {
    void replica.exited.then(() => stopping || log(`${replica.name} exited; the proxy sends its share to the others.`));
  }
  proxy = await startRoundRobinProxy({ port, host: process.env.CONSOLE_HOST || '127.0.0.1', upstreams: started.map((r) => r.url), maxInFlightPerUpstream });
  log(`Registry Hub: ${proxy.url}/registries (${replicas} replicas: ${started.map((r) => r.url).join(', ')}).`);
}

main().catch((error: unknown) => {
  console.error(`[cluster] ${(error as Error).message}`);
  void stopAll(1);
});
