// The console's one server, for `npm start`, each replica of `npm run start:cluster` and the browser tests:
// Next's production request handler inside a node http or https server, for what `next start` cannot do —
// - serve https itself with CONSOLE_TLS_CERT / CONSOLE_TLS_KEY (PEM files), for a single-machine install;
// - decide whether the visitor used https from what it can verify and stamp it on the request
//   (console-requests.ts); cookies' __Host- prefix and Secure, and HSTS, follow the stamp (proxy.ts);
// - one JSON log line per request with its request id and ARM's correlation ids (console-requests.ts);
// - a clean stop on SIGTERM: stop accepting, report not-ready (/api/ready), finish what is in flight, exit.
// Usage: tsx scripts/console-server.ts [--port 3000] [--host 127.0.0.1]; or env PORT, CONSOLE_HOST, and
// REPLICA_NAME (the name in the log lines). Without a host it listens on every interface.
import './console-runtime';
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import next from 'next';
import { parseTrustedProxies } from '../lib/http-security/public-origin';
import { markDraining } from '../lib/observability/draining';
import { logLine } from '../lib/observability/structured-log';
import { consoleRequestListener, type InFlight } from './console-requests';

const ROOT = path.resolve(__dirname, '..');
// Longer than a load balancer's idle timeout (AWS ALB 60 s), so the balancer closes idle connections first.
const KEEP_ALIVE_TIMEOUT_MS = 65_000;
// In-flight requests get this long after SIGTERM; orchestrators usually SIGKILL at 30 s.
const DRAIN_LIMIT_MS = 25_000;

function flag(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

/** PEM certificate and key from CONSOLE_TLS_CERT / CONSOLE_TLS_KEY, or null for plain http. */
function tlsFiles(env: NodeJS.ProcessEnv): { cert: Buffer; key: Buffer } | null {
  const certPath = env.CONSOLE_TLS_CERT?.trim();
  const keyPath = env.CONSOLE_TLS_KEY?.trim();
  if (!certPath && !keyPath) return null;
  if (!certPath || !keyPath) throw new Error('Set both CONSOLE_TLS_CERT and CONSOLE_TLS_KEY (PEM files), or neither.');
  return { cert: readFileSync(certPath), key: readFileSync(keyPath) };
}

async function main(): Promise<void> {
  const port = Number(flag('port') ?? process.env.PORT ?? 3000);
  const host = flag('host') ?? (process.env.CONSOLE_HOST?.trim() || undefined);
  const replica = process.env.REPLICA_NAME || `console-${port}`;
  const tls = tlsFiles(process.env);
  const app = next({ dev: false, dir: ROOT, hostname: host ?? 'localhost', port });
  await app.prepare();
  const inFlight: InFlight = { count: 0, draining: false, onIdle: () => undefined };
  const listener = consoleRequestListener({
    handle: app.getRequestHandler(),
    replica,
    trustedProxies: parseTrustedProxies(process.env.CONSOLE_TRUSTED_PROXIES),
    inFlight,
  });
  const server = tls ? createHttpsServer({ cert: tls.cert, key: tls.key }, listener) : createHttpServer(listener);
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  server.headersTimeout = KEEP_ALIVE_TIMEOUT_MS + 1_000;
  server.listen(port, host, () => {
    const bound = (server.address() as AddressInfo).port;
    logLine('info', 'listening', { replica, url: `${tls ? 'https' : 'http'}://${host ?? 'localhost'}:${bound}` });
  });

  const stop = (signal: string) => {
    if (inFlight.draining) return;
    inFlight.draining = true;
    markDraining();
    logLine('info', 'draining', { replica, signal, inFlight: inFlight.count });
    // Stop accepting; idle keep-alive connections close now, busy ones once the last response is out.
    server.close();
    server.closeIdleConnections();
    inFlight.onIdle = () => {
      server.closeAllConnections();
      logLine('info', 'stopped', { replica });
      process.exit(0);
    };
    if (inFlight.count === 0) inFlight.onIdle();
    setTimeout(() => {
      logLine('warn', 'drain limit reached', { replica, inFlight: inFlight.count });
      process.exit(1);
    }, DRAIN_LIMIT_MS).unref();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  logLine('error', 'failed to start', { error: (error as Error).message });
  process.exit(1);
});
