// Starts the embedded ARM emulator: opens (and seeds) the SQLite database, builds the pipeline over the
// route table, and listens on 127.0.0.1 twice — plain http and TLS (a local CA's certificate, so az and the
// SDKs send their bearer tokens unchanged). Everything talks to it over HTTP(S), exactly as to Azure.
import { createServer, type Server } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Emulator } from './context';
import type { EmulatorOptions } from './config';
import { resolveOptions } from './config';
import { RateLimiter } from './http/rate-limit';
import type { PreRouteStep } from './pipeline';
import { createPipeline } from './pipeline';
import { releaseBlobRoot } from './blob/blob-root';
import { blobServiceStep } from './blob/blob-service';
import { createFaultStep } from './faults/fault-step';
import { operationDelayHook } from './faults/operation-delay-hook';
import { provisioningFaultHook } from './faults/provisioning-fault-hook';
import { catchUpStep } from './catch-up-step';
import { Router } from './router/match';
import { ROUTES } from './router/routes';
import { ensureSeeded } from './seed/seed-database';
import { openDatabase } from './store/db';
import { loadOrCreateCertificates } from './tls/certificates';

/** A running emulator. `emulator` exposes the instance (database, hooks) to in-process extensions and tests. */
export interface RunningEmulator {
  /** The plain-http base URL. */
  url: string;
  port: number;
  /** The TLS base URL (trust `caPem`, also served at /_emulator/ca.pem). */
  httpsUrl: string;
  httpsPort: number;
  /** The local CA certificate that signed the TLS listener's certificate. */
  caPem: string;
  emulator: Emulator;
  close(): Promise<void>;
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (!server.listening) return resolve();
    server.close((err) => (err ? reject(err) : resolve()));
    server.closeAllConnections();
  });
}

/** Starts the emulator; port 0 picks a free port (for both listeners); dbPath ':memory:' keeps state in memory. */
export async function startEmulator(opts?: EmulatorOptions & { preRouteSteps?: PreRouteStep[] }): Promise<RunningEmulator> {
  const o = resolveOptions(opts);
  const certificates = loadOrCreateCertificates(o.tlsDir);
  const db = openDatabase(o.dbPath, { reset: o.reset });
  const emulator: Emulator = { db, config: { timeScale: o.timeScale, pageSize: o.pageSize, caPem: certificates.caPem, managedIdentity: o.managedIdentity }, clock: () => Date.now(), provisioningFaultHooks: [], operationDelayHooks: [] };
  ensureSeeded(emulator);
  // Fault rules persist in the database; seeding above is never faulted.
  emulator.provisioningFaultHooks.push(provisioningFaultHook(emulator));
  emulator.operationDelayHooks.push(operationDelayHook(emulator));

  const urls = { http: '', https: '' };
  const pipeline = createPipeline({
    emulator,
    router: new Router(ROUTES),
    rateLimiter: new RateLimiter(),
    // Always on: fault injection first (it may answer or drop), the blob endpoint (it answers its own requests),
    // then stored state catches up with the clock.
    preRouteSteps: [createFaultStep(), blobServiceStep, catchUpStep, ...(opts?.preRouteSteps ?? [])],
    fallbackBaseUrl: (secure) => (secure ? urls.https : urls.http),
    log: o.quiet ? undefined : (line) => console.log(`[arm-emulator] ${line}`),
  });
  const http = createServer(pipeline);
  const https = createTlsServer({ cert: certificates.certPem, key: certificates.keyPem }, pipeline);
  for (const server of [http, https]) server.keepAliveTimeout = 5_000;
  const hostInUrl = o.host.includes(':') ? `[${o.host}]` : o.host;
  let port: number;
  let httpsPort: number;
  try {
    port = await listen(http, o.port, o.host);
    httpsPort = await listen(https, o.httpsPort, o.host);
  } catch (e) {
    await closeServer(http);
    db.close();
    throw e;
  }
  urls.http = `http://${hostInUrl}:${port}`;
  urls.https = `https://${hostInUrl}:${httpsPort}`;
  emulator.url = urls.http;
  emulator.httpsUrl = urls.https;

  let closed: Promise<void> | undefined;
  return {
    url: urls.http,
    port,
    httpsUrl: urls.https,
    httpsPort,
    caPem: certificates.caPem,
    emulator,
    close() {
      closed ??= Promise.all([closeServer(http), closeServer(https)]).then(
        () => {
          releaseBlobRoot(emulator);
          db.close();
        },
        (e: unknown) => {
          releaseBlobRoot(emulator);
          db.close();
          throw e;
        },
      );
      return closed;
    },
  };
}
