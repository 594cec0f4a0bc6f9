// A drill's own Azure Resource Manager: an emulator process (its own database, so faults, a stopped process
// or a kill never disturb the run's shared emulator) with one console replica in front of it. The drills that
// use it are named arm-*.isolated.spec.ts: Playwright's `own-arm-drills` project runs them one at a time, beside
// the other isolated specs, so they share the ports: E2E_DRILL_EMULATOR_PORT (and the next, for its TLS
// listener) and DRILL_PORT_BASE + 7 for the replica (clear of the replicas drill's DRILL_PORT_BASE to + 5).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { addFault, clearFaults, type HttpFaultInput } from '@/lib/emulator/testing/control';
import { startEmulatorProcess, type ClusterProcess } from '@/scripts/cluster/cluster-processes';
import { DRILL_PORT_BASE, startDrillCluster, type DrillCluster } from './drill-cluster';

export const DRILL_EMULATOR_PORT = Number(process.env.E2E_DRILL_EMULATOR_PORT ?? 4630);
export const DRILL_REPLICA_PORT = DRILL_PORT_BASE + 7;
export const DRILL_REPLICA_URL = `http://127.0.0.1:${DRILL_REPLICA_PORT}`;

/** Text that must never reach a page: socket codes, loopback addresses, React's or Next's internals. */
export const INTERNALS = /ECONNREFUSED|ECONNRESET|127\.0\.0\.1|localhost|digest|Minified React|Server Components render|socket hang up|fetch failed/i;

/** The drill's ARM and replica. */
export interface DrillArm {
  emulator: ClusterProcess & { url: string };
  cluster: DrillCluster;
  /** Kills the emulator outright (SIGKILL). */
  kill(): Promise<void>;
  /** Starts the emulator again on the same port and database. */
  restart(): Promise<void>;
  /** SIGSTOP: the process stops, its sockets stay open — an endpoint that accepts and never answers. */
  freeze(): void;
  /** SIGCONT: it answers what queued up meanwhile. */
  thaw(): void;
  /** An HTTP fault rule (docs/emulator.md "Fault injection"). */
  addFault(rule: HttpFaultInput): Promise<void>;
  clearFaults(): Promise<void>;
  close(): Promise<void>;
}

/** Starts the drill's emulator (time scale 0.02) and one replica (SQLite sessions) against it. */
export async function startDrillArm(): Promise<DrillArm> {
  const dir = mkdtempSync(path.join(tmpdir(), 'registry-hub-drill-arm-'));
  const start = () => startEmulatorProcess({ port: DRILL_EMULATOR_PORT, db: path.join(dir, 'arm.db'), timeScale: '0.02' });
  let emulator = await start();
  const cluster = await startDrillCluster({ store: 'sqlite', armEndpoint: emulator.url, firstPort: DRILL_REPLICA_PORT, count: 1 });
  const drill: DrillArm = {
    emulator,
    cluster,
    kill: () => emulator.kill(),
    async restart() {
      emulator = await start();
      drill.emulator = emulator;
    },
    freeze: () => void emulator.child.kill('SIGSTOP'),
    thaw: () => void emulator.child.kill('SIGCONT'),
    async addFault(rule) {
      await addFault(emulator.url, rule);
    },
    async clearFaults() {
      await clearFaults(emulator.url);
    },
    async close() {
      emulator.child.kill('SIGCONT');
      await cluster.close();
      await emulator.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return drill;
}
