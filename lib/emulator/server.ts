// Starts the embedded ARM emulator: opens (and seeds) the SQLite database, builds the pipeline over the
// route table, and listens on 127.0.0.1. Everything talks to it over HTTP, exactly as to Azure.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Emulator } from './context';
import type { EmulatorOptions } from './config';
import { resolveOptions } from './config';
import { RateLimiter } from './http/rate-limit';
import type { PreRouteStep } from './pipeline';
import { createPipeline } from './pipeline';
import { createFaultStep } from './faults/fault-step';
import { provisioningFaultHook } from './faults/provisioning-fault-hook';
import { catchUpStep } from './catch-up-step';
import { Router } from './router/match';
import { ROUTES } from './router/routes';
import { ensureSeeded } from './seed/seed-database';
import { openDatabase } from './store/db';

/** A running emulator. `emulator` exposes the instance (database, hooks) to in-process extensions and tests. */
export interface RunningEmulator {
  url: string;
  port: number;
  emulator: Emulator;
  close(): Promise<void>;
}

/** Starts the emulator; port 0 picks a free port; dbPath ':memory:' keeps state in memory. */
export async function startEmulator(opts?: EmulatorOptions & { preRouteSteps?: PreRouteStep[] }): Promise<RunningEmulator> {
  const o = resolveOptions(opts);
  const db = openDatabase(o.dbPath, { reset: o.reset });
  const emulator: Emulator = { db, config: { timeScale: o.timeScale, pageSize: o.pageSize }, clock: () => Date.now(), provisioningFaultHooks: [] };
  ensureSeeded(emulator);
  // Fault rules persist in the database; seeding above is never faulted.
  emulator.provisioningFaultHooks.push(provisioningFaultHook(emulator));

  let url = '';
  const server = createServer(
    createPipeline({
      emulator,
      router: new Router(ROUTES),
      rateLimiter: new RateLimiter(),
      // Always on: fault injection first (it may answer or drop), then stored state catches up with the clock.
      preRouteSteps: [createFaultStep(), catchUpStep, ...(opts?.preRouteSteps ?? [])],
      fallbackBaseUrl: () => url,
      log: o.quiet ? undefined : (line) => console.log(`[arm-emulator] ${line}`),
    }),
  );
  server.keepAliveTimeout = 5_000;
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(o.port, o.host, () => resolve());
    });
  } catch (e) {
    db.close();
    throw e;
  }
  const port = (server.address() as AddressInfo).port;
  url = `http://${o.host.includes(':') ? `[${o.host}]` : o.host}:${port}`;

  let closed: Promise<void> | undefined;
  return {
    url,
    port,
    emulator,
    close() {
      closed ??= new Promise<void>((resolve, reject) => {
        server.close((err) => {
          db.close();
          if (err) reject(err);
          else resolve();
        });
        server.closeAllConnections();
      });
      return closed;
    },
  };
}
