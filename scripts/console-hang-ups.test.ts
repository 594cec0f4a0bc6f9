// Clients that hang up mid-response, the ways a browser does, through the console server's real request
// listener: no uncaught exception (Next would print "⨯ uncaughtException: Error: aborted"), one info line per
// request saying `aborted: true`; and a request stream that fails for another reason is still logged as an
// error. The POST that passed proxy.ts gets the treatment Next gives it (its own body cloning, which replaces
// the request's stream internals): that is the request which used to throw.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { getCloneableBody } from 'next/dist/server/body-streams';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { consoleRequestListener, type InFlight } from './console-requests';

const FIRST_CHUNK = `<!DOCTYPE html><div id="skeleton">Loading registries</div>${' '.repeat(2048)}`;
// Long enough for several TCP reads, as a server action's arguments can be.
const ACTION_BODY = JSON.stringify(['A'.repeat(200_000), { name: 'B'.repeat(100_000) }]);

// Each request's stream closing, by request id: the stream emits its error (if any) just before 'close'; an
// uncaught one stops the close, so an uncaught exception ends the wait too.
const requestClosed = new Map<string, () => void>();
let onUncaught: () => void = () => undefined;

/**
 * Writes the head and a first chunk, then holds the response open until the client goes away. Watches the
 * request stream's close from here: after Next's body cloning, listeners attached earlier are gone.
 */
function startAndHold(req: IncomingMessage, res: ServerResponse & { flush?: () => void }, status = 200): Promise<void> {
  const id = String(req.headers['x-request-id']);
  req.once('close', () => requestClosed.get(id)?.());
  res.writeHead(status, { 'Content-Type': req.headers.rsc === '1' ? 'text/x-component' : 'text/html; charset=utf-8' });
  res.write(FIRST_CHUNK);
  res.flush?.();
  return new Promise((resolve) => res.once('close', resolve));
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  switch (req.url) {
    case '/registries':
      // A page (or an RSC payload) streaming: the skeleton is out, the rows are pending.
      return startAndHold(req, res);
    case '/action-unread':
      // An action answered before its body was read (the body may still be arriving).
      return startAndHold(req, res, 403);
    case '/action-after-proxy': {
      // What Next does around proxy.ts for a request with a body: the proxy gets a clone, the request's
      // stream is replaced by the buffered copy (which nobody reads when the proxy answers itself).
      const body = getCloneableBody(req);
      body.cloneBodyStream().resume();
      await body.finalize();
      return startAndHold(req, res, 403);
    }
    case '/broken-stream':
      req.destroy(Object.assign(new Error('request stream broke'), { code: 'EPROTO' }));
      return startAndHold(req, res);
    default:
      res.statusCode = 404;
      res.end();
  }
}

let server: Server;
let port = 0;
const uncaught: Error[] = [];
const recordUncaught = (error: Error) => {
  uncaught.push(error);
  onUncaught();
};
let logged: Record<string, unknown>[] = [];

beforeAll(async () => {
  process.prependListener('uncaughtException', recordUncaught);
  const inFlight: InFlight = { count: 0, draining: false, onIdle: () => undefined };
  server = createServer(consoleRequestListener({ handle, replica: 'test', trustedProxies: [], inFlight }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  const write = process.stdout.write.bind(process.stdout);
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array, ...rest: unknown[]) => {
    const text = chunk.toString();
    if (!text.startsWith('{')) return write(chunk, ...(rest as []));
    logged.push(JSON.parse(text) as Record<string, unknown>);
    return true;
  });
});

afterEach(() => {
  logged = [];
  uncaught.length = 0;
});

afterAll(async () => {
  vi.restoreAllMocks();
  process.off('uncaughtException', recordUncaught);
  await new Promise((resolve) => server.close(resolve));
});

let sequence = 0;

/** Resolves when the server has closed the request's stream (or an uncaught exception stopped that). */
function untilRequestCloses(requestId: string): Promise<void> {
  return new Promise((resolve) => {
    requestClosed.set(requestId, resolve);
    onUncaught = resolve;
  });
}

/**
 * Sends a request (all of `body`, or its first `sendBytes`), destroys the socket as soon as the response's
 * first bytes arrive, and resolves with the request id once the server has closed the request's stream.
 */
async function hangUpAfterFirstBytes(path: string, options: { method?: string; headers?: Record<string, string>; body?: string; sendBytes?: number } = {}): Promise<string> {
  const requestId = `hang-up-${++sequence}`;
  const closed = untilRequestCloses(requestId);
  const headers: Record<string, string> = { Host: `127.0.0.1:${port}`, 'X-Request-Id': requestId, ...options.headers };
  if (options.body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(options.body));
  const socket = connect(port, '127.0.0.1');
  socket.on('error', () => undefined);
  socket.once('data', () => socket.destroy());
  socket.write(`${options.method ?? 'GET'} ${path} HTTP/1.1\r\n${Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`).join('')}\r\n`);
  if (options.body !== undefined) socket.write(options.body.slice(0, options.sendBytes ?? options.body.length));
  await closed;
  return requestId;
}

/** The request's log line, once written. */
async function requestLine(requestId: string): Promise<Record<string, unknown>> {
  await vi.waitFor(() => expect(logged.find((line) => line.msg === 'request' && line.requestId === requestId)).toBeDefined());
  return logged.find((line) => line.msg === 'request' && line.requestId === requestId)!;
}

const ACTION_HEADERS = { 'Next-Action': '7f00', 'Content-Type': 'text/plain;charset=UTF-8', Accept: 'text/x-component' };

describe('a client that hangs up mid-response', () => {
  const cases: { what: string; path: string; method?: string; headers?: Record<string, string>; body?: string; sendBytes?: number }[] = [
    { what: 'a page', path: '/registries' },
    { what: 'an RSC request', path: '/registries', headers: { RSC: '1' } },
    { what: 'a server action answered by proxy.ts', path: '/action-after-proxy', method: 'POST', headers: ACTION_HEADERS, body: ACTION_BODY },
    { what: 'a server action whose body is still arriving', path: '/action-unread', method: 'POST', headers: ACTION_HEADERS, body: ACTION_BODY, sendBytes: 1000 },
  ];
  for (const { what, ...request } of cases) {
    for (const encoding of ['br', 'identity']) {
      it(`${what}, accept-encoding ${encoding}: one info line saying aborted, no uncaught exception`, async () => {
        const requestId = await hangUpAfterFirstBytes(request.path, { ...request, headers: { ...request.headers, 'Accept-Encoding': encoding } });
        expect(uncaught).toEqual([]);
        const line = await requestLine(requestId);
        expect(line).toMatchObject({ level: 'info', requestId, completed: false, aborted: true });
        expect(logged.filter((entry) => entry.requestId === requestId)).toHaveLength(1);
      });
    }
  }

  it('a request stream failing for another reason is logged as an error, with the request id', async () => {
    const requestId = `broken-${++sequence}`;
    const closed = untilRequestCloses(requestId);
    const socket = connect(port, '127.0.0.1');
    socket.on('error', () => undefined);
    socket.write(`GET /broken-stream HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Request-Id: ${requestId}\r\n\r\n`);
    await closed;
    await vi.waitFor(() =>
      expect(logged).toContainEqual(expect.objectContaining({ level: 'error', msg: 'request stream failed', requestId, error: 'request stream broke' })),
    );
    socket.destroy();
    expect(uncaught).toEqual([]);
  });

  it('a response that completes is not marked aborted', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/elsewhere`, { headers: { 'X-Request-Id': 'complete-1' } });
    expect(response.status).toBe(404);
    expect(await requestLine('complete-1')).toMatchObject({ status: 404, completed: true });
    expect(logged.find((line) => line.requestId === 'complete-1')).not.toHaveProperty('aborted');
  });
});
