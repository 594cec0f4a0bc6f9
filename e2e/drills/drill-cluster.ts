// The drills' own cluster: console replicas on the Playwright run's production build, sharing a session
// store (a redis-server of their own, or one SQLite file), optionally behind the round-robin proxy, against
// an ARM endpoint (the run's emulator, or a drill's own). Ports: E2E_DRILL_PORT_BASE and the next few
// (default 3130-3139, clear of the run's console on 3100), Redis on the first free port of 6390-6399.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startReplica, type ClusterProcess } from '@/scripts/cluster/cluster-processes';
import { startRoundRobinProxy, type RoundRobinProxy } from '@/scripts/cluster/round-robin-proxy';
import { startRedisServer, type RedisServerProcess } from '@/scripts/redis/redis-server-process';

export const DRILL_PORT_BASE = Number(process.env.E2E_DRILL_PORT_BASE ?? 3130);

type Replica = ClusterProcess & { url: string };

/** A running drill cluster. */
export interface DrillCluster {
  replicas: Replica[];
  proxy: RoundRobinProxy | null;
  /** Starts replica `index` again on its port (after stop or kill). */
  restart(index: number): Promise<Replica>;
  /** Every replica's JSON log lines so far, parsed. */
  logs(): Record<string, unknown>[];
  close(): Promise<void>;
}

/** Starts `count` replicas on ports `firstPort`… with the given store, and the proxy on `proxyPort` if any. */
export async function startDrillCluster(options: {
  store: 'redis' | 'sqlite';
  armEndpoint: string;
  firstPort: number;
  count?: number;
  proxyPort?: number;
}): Promise<DrillCluster> {
  const dir = mkdtempSync(path.join(tmpdir(), 'registry-hub-drill-'));
  let redis: RedisServerProcess | null = null;
  let sessionStore = `sqlite:${path.join(dir, 'sessions.db')}`;
  if (options.store === 'redis') {
    redis = await startRedisServer({ dir: path.join(dir, 'redis') });
    sessionStore = redis.url;
  }
  const env: NodeJS.ProcessEnv = { ...process.env, ARM_ENDPOINT: options.armEndpoint, ARM_AUTH: 'emulator', SESSION_STORE: sessionStore };
  const ports = Array.from({ length: options.count ?? 2 }, (_, i) => options.firstPort + i);
  const start = (i: number) => startReplica({ name: `replica-${'AB'[i] ?? i}`, port: ports[i], env });
  const replicas = await Promise.all(ports.map((_, i) => start(i)));
  const earlier: Replica[] = [];
  const proxy = options.proxyPort ? await startRoundRobinProxy({ port: options.proxyPort, upstreams: replicas.map((r) => r.url) }) : null;
  return {
    replicas,
    proxy,
    async restart(i) {
      earlier.push(replicas[i]);
      replicas[i] = await start(i);
      return replicas[i];
    },
    logs() {
      return [...earlier, ...replicas].flatMap((r) => r.lines).flatMap((line) => {
        try {
          return [JSON.parse(line) as Record<string, unknown>];
        } catch {
          return [];
        }
      });
    },
    async close() {
      await proxy?.close();
      await Promise.all(replicas.map((r) => r.kill()));
      await redis?.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
