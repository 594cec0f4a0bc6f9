// The small load balancer of `npm run start:cluster` and the drills: round-robin over the replicas with
// keep-alive connections, X-Forwarded-For/-Proto/-Host and an X-Request-Id per request. A replica that
// refuses the connection (stopped, crashed, restarting) is skipped for a while and the request goes to the
// next one, as a real balancer's passive health check would do; the body is buffered so even a POST can be
// re-sent when no replica ever received it. Once a replica has the request, its answer (or failure) stands.
import { randomUUID } from 'node:crypto';
import { Agent, createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A running proxy. */
export interface RoundRobinProxy {
  url: string;
  port: number;
  /** Requests waiting for a replica's turn (maxInFlightPerUpstream). */
  waiting(): number;
  close(): Promise<void>;
}

// Console requests are small (forms, JSON); anything larger is refused rather than buffered.
const MAX_BODY_BYTES = 5 * 1024 * 1024;
const SKIP_REFUSING_REPLICA_MS = 2_000;
const HOP_BY_HOP = ['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'trailer'];

function readBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(null);
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function refusedBeforeSending(error: NodeJS.ErrnoException): boolean {
  return error.code === 'ECONNREFUSED' || error.code === 'ECONNRESET' && error.syscall === 'connect';
}

// A balancer's per-server connection limit (HAProxy's maxconn): requests beyond `limit` wait here, in order,
// instead of being interleaved on a replica's one event loop, where every render slows every other one and
// the page's ARM time budget runs out before its ARM call is even sent.
function admission(limit: number): { admit: (res: ServerResponse) => Promise<boolean>; waiting: () => number } {
  let inFlight = 0;
  const waiting: (() => void)[] = [];
  // Resolves true once the request may go on, false if its client left while it waited.
  const admitRequest = (res: ServerResponse) =>
    new Promise<boolean>((resolve) => {
      let admitted = false;
      const admit = () => {
        admitted = true;
        inFlight++;
        resolve(true);
      };
      res.once('close', () => {
        if (!admitted) {
          waiting.splice(waiting.indexOf(admit), 1);
          resolve(false);
          return;
        }
        inFlight--;
        waiting.shift()?.();
      });
      if (inFlight < limit) admit();
      else waiting.push(admit);
    });
  return { admit: admitRequest, waiting: () => waiting.length };
}

/** Starts a proxy on `port` (0 for any) in front of `upstreams` (base URLs). */
export function startRoundRobinProxy(options: { port: number; host?: string; upstreams: string[]; maxInFlightPerUpstream?: number }): Promise<RoundRobinProxy> {
  const upstreams = options.upstreams.map((u) => new URL(u));
  const queue = admission((options.maxInFlightPerUpstream ?? Infinity) * upstreams.length);
  const skipUntil = new Map<number, number>();
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  let next = 0;

  function order(): number[] {
    const now = Date.now();
    const all = upstreams.map((_, i) => (next + i) % upstreams.length);
    next = (next + 1) % upstreams.length;
    const healthy = all.filter((i) => (skipUntil.get(i) ?? 0) <= now);
    return [...healthy, ...all.filter((i) => !healthy.includes(i))];
  }

  function forward(req: IncomingMessage, res: ServerResponse, body: Buffer, candidates: number[], requestId: string): void {
    const index = candidates[0];
    const target = upstreams[index];
    const headers: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(req.headers)) if (value !== undefined && !HOP_BY_HOP.includes(name)) headers[name] = value;
    const remote = req.socket.remoteAddress ?? '';
    headers['x-forwarded-for'] = req.headers['x-forwarded-for'] ? `${req.headers['x-forwarded-for']}, ${remote}` : remote;
    headers['x-forwarded-proto'] = (req.headers['x-forwarded-proto'] as string | undefined) ?? 'http';
    headers['x-forwarded-host'] = (req.headers['x-forwarded-host'] as string | undefined) ?? req.headers.host ?? '';
    headers['x-request-id'] = requestId;
    headers['content-length'] = String(body.length);
    const upstream = httpRequest({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers, agent }, (answer) => {
      const responseHeaders = { ...answer.headers };
      for (const name of HOP_BY_HOP) delete responseHeaders[name];
      res.writeHead(answer.statusCode ?? 502, responseHeaders);
      answer.pipe(res);
      answer.on('error', () => res.destroy());
    });
    upstream.on('error', (error: NodeJS.ErrnoException) => {
      if (refusedBeforeSending(error) && candidates.length > 1) {
        skipUntil.set(index, Date.now() + SKIP_REFUSING_REPLICA_MS);
        forward(req, res, body, candidates.slice(1), requestId);
      } else if (!res.headersSent) {
        res.writeHead(502, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Request-Id': requestId });
        res.end('No Registry Hub replica answered. Try again in a moment.');
      } else {
        res.destroy();
      }
    });
    res.on('close', () => {
      if (!res.writableFinished) upstream.destroy();
    });
    upstream.end(body);
  }

  const server: Server = createServer(async (req, res) => {
    const requestId = randomUUID();
    const body = await readBody(req).catch(() => null);
    if (body === null) {
      if (!res.headersSent) res.writeHead(413, { 'Content-Type': 'text/plain' }).end('Request too large.');
      return;
    }
    if (await queue.admit(res)) forward(req, res, body, order(), requestId);
  });
  server.keepAliveTimeout = 65_000;
  return new Promise((resolve) => {
    server.listen(options.port, options.host ?? '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        port,
        url: `http://${options.host ?? '127.0.0.1'}:${port}`,
        waiting: queue.waiting,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
            agent.destroy();
          }),
      });
    });
  });
}
