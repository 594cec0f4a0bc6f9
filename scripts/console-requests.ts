// What the console's server does around each request Next handles: stamps whether the visitor used https
// (its own TLS, or X-Forwarded-Proto from a peer in CONSOLE_TRUSTED_PROXIES — replacing whatever the client
// sent), gates plain reads itself ahead of Next's proxy (console-gate.ts), opens the request's log context
// (the balancer's X-Request-Id or a new one; lib/arm records ARM's correlation ids into it), compresses the
// response (console-compression.ts), writes one JSON log line when the response is done (`aborted: true` when
// the client hung up first, which is no error: console-hang-ups.ts), and counts what is in flight so a SIGTERM
// can drain.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { PUBLIC_PROTO_HEADER, visitorProto } from '../lib/http-security/public-origin';
import { runWithRequestContext, type RequestContext } from '../lib/observability/request-context';
import { logLine, pathOnly } from '../lib/observability/structured-log';
import { compressResponse } from './console-compression';
import { gateAhead } from './console-gate';
import { clientHungUp, guardRequestStream } from './console-hang-ups';

// A request id from the balancer is kept when it looks like one; anything else is replaced, not logged.
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

/** The in-flight count and the drain state the request handler and SIGTERM share. */
export interface InFlight {
  count: number;
  draining: boolean;
  /** Called when the last in-flight response is done while draining. */
  onIdle: () => void;
}

/** The node request listener around Next's handler. */
export function consoleRequestListener(options: {
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  replica: string;
  trustedProxies: string[];
  inFlight: InFlight;
}): (req: IncomingMessage, res: ServerResponse) => void {
  const { handle, replica, trustedProxies, inFlight } = options;
  return (req, res) => {
    const started = process.hrtime.bigint();
    req.headers[PUBLIC_PROTO_HEADER] = visitorProto({
      encrypted: (req.socket as TLSSocket).encrypted === true,
      peerAddress: req.socket.remoteAddress,
      forwardedProto: req.headers['x-forwarded-proto'],
      trustedProxies,
    });
    const context: RequestContext = { requestId: requestIdOf(req), armCorrelationIds: [], armCalls: 0 };
    res.setHeader('X-Request-Id', context.requestId);
    // While draining, ask keep-alive clients to reconnect (to another replica) after this response.
    if (inFlight.draining) res.setHeader('Connection', 'close');
    inFlight.count++;
    let logged = false;
    const done = () => {
      if (logged) return;
      logged = true;
      inFlight.count--;
      logLine(res.statusCode >= 500 ? 'error' : 'info', 'request', {
        replica,
        requestId: context.requestId,
        method: req.method,
        path: pathOnly(req.url),
        status: res.statusCode,
        completed: res.writableFinished,
        aborted: clientHungUp(req, res) || undefined,
        durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e6),
        armCalls: context.armCalls,
        armCorrelationIds: context.armCorrelationIds,
        armBudgetSpent: context.armBudgetSpent,
      });
      if (inFlight.draining && inFlight.count === 0) inFlight.onIdle();
    };
    compressResponse(req, res);
    guardRequestStream(req, res, (error) => {
      logLine('error', 'request stream failed', { replica, requestId: context.requestId, path: pathOnly(req.url), error: error.message });
    });
    res.once('finish', done);
    res.once('close', done);
    runWithRequestContext(context, () => {
      gateAhead(req, res).then(() => handle(req, res)).catch((error: unknown) => {
        logLine('error', 'unhandled', { replica, requestId: context.requestId, error: (error as Error).message });
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
        res.end('Registry Hub hit an unexpected error.');
      });
    });
  };
}
