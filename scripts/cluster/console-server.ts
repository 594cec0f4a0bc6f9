// One console replica: Next's production server inside our own node:http server, for what `next start`
// does not do — a JSON log line per request (request id, status, time, the ARM correlation ids of the calls
// made for it) and a clean stop on SIGTERM: stop accepting, report not-ready, finish what is in flight,
// exit. Run with `node --import tsx scripts/cluster/console-server.ts` (PORT, CONSOLE_HOST, REPLICA_NAME).
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import next from 'next';
import { markDraining } from '../../lib/observability/draining';
import { runWithRequestContext, type RequestContext } from '../../lib/observability/request-context';
import { logLine, pathOnly } from '../../lib/observability/structured-log';

const ROOT = path.resolve(__dirname, '..', '..');
const port = Number(process.env.PORT || 3000);
const host = process.env.CONSOLE_HOST || '127.0.0.1';
const replica = process.env.REPLICA_NAME || `console-${port}`;
// Longer than a load balancer's idle timeout (AWS ALB 60 s), so the balancer closes idle connections first.
const KEEP_ALIVE_TIMEOUT_MS = 65_000;
// In-flight requests get this long after SIGTERM; orchestrators usually SIGKILL at 30 s.
const DRAIN_LIMIT_MS = 25_000;
// A request id from the balancer is kept when it looks like one; anything else is replaced, not logged.
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

let inFlight = 0;
let draining = false;
let finishDrain: () => void = () => undefined;

function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

async function main(): Promise<void> {
  const app = next({ dev: false, dir: ROOT, hostname: host, port });
  await app.prepare();
  const handle = app.getRequestHandler();

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const started = process.hrtime.bigint();
    const context: RequestContext = { requestId: requestIdOf(req), armCorrelationIds: [], armCalls: 0 };
    res.setHeader('X-Request-Id', context.requestId);
    // While draining, ask keep-alive clients to reconnect (to another replica) after this response.
    if (draining) res.setHeader('Connection', 'close');
    inFlight++;
    let logged = false;
    const done = () => {
      if (logged) return;
      logged = true;
      inFlight--;
      logLine(res.statusCode >= 500 ? 'error' : 'info', 'request', {
        replica,
        requestId: context.requestId,
        method: req.method,
        path: pathOnly(req.url),
        status: res.statusCode,
        completed: res.writableFinished,
        durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e6),
        armCalls: context.armCalls,
        armCorrelationIds: context.armCorrelationIds,
      });
      if (draining && inFlight === 0) finishDrain();
    };
    res.once('finish', done);
    res.once('close', done);
    runWithRequestContext(context, () => {
      handle(req, res).catch((error: unknown) => {
        logLine('error', 'unhandled', { replica, requestId: context.requestId, error: (error as Error).message });
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
        res.end('Registry Hub hit an unexpected error.');
      });
    });
  });
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  server.headersTimeout = KEEP_ALIVE_TIMEOUT_MS + 1_000;
  server.listen(port, host, () => logLine('info', 'listening', { replica, url: `http://${host}:${port}` }));

  const stop = (signal: string) => {
    if (draining) return;
    draining = true;
    markDraining();
    logLine('info', 'draining', { replica, signal, inFlight });
    // Stop accepting; idle keep-alive connections close now, busy ones once the last response is out.
    server.close();
    server.closeIdleConnections();
    finishDrain = () => {
      server.closeAllConnections();
      logLine('info', 'stopped', { replica });
      process.exit(0);
    };
    if (inFlight === 0) finishDrain();
    setTimeout(() => {
      logLine('warn', 'drain limit reached', { replica, inFlight });
      process.exit(1);
    }, DRAIN_LIMIT_MS).unref();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  logLine('error', 'failed to start', { replica, error: (error as Error).message });
  process.exit(1);
});
