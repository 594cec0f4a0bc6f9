// A tiny scripted HTTP server for lib/arm unit tests: each test queues the answers it wants and then
// inspects what the client actually sent. Real sockets, so retries, headers and timing are the pipeline's own.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AccessToken, TokenCredential } from '@azure/core-auth';

/** One request as the server received it. */
export interface ReceivedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
  at: number;
}

/** A scripted answer: status, headers and a body (objects are sent as JSON). */
export interface ScriptedAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** Handler deciding the answer for a request (return undefined to destroy the socket without answering). */
export type FakeHandler = (req: ReceivedRequest, server: FakeArmServer) => ScriptedAnswer | undefined;

/** A started fake server. */
export interface FakeArmServer {
  /** `http://127.0.0.1:{port}` */
  origin: string;
  received: ReceivedRequest[];
  close(): Promise<void>;
}

/** Starts a server on 127.0.0.1 with an ephemeral port; answers come from `handler`. */
export async function startFakeArm(handler: FakeHandler): Promise<FakeArmServer> {
  const received: ReceivedRequest[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const entry: ReceivedRequest = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() };
      received.push(entry);
      const answer = handler(entry, fake);
      if (!answer) {
        req.socket.destroy();
        return;
      }
      const isText = typeof answer.body === 'string';
      const payload = answer.body === undefined ? '' : isText ? (answer.body as string) : JSON.stringify(answer.body);
      res.writeHead(answer.status, { ...(payload && !isText ? { 'content-type': 'application/json' } : {}), ...answer.headers });
      res.end(payload);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const fake: FakeArmServer = {
    origin: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return fake;
}

/** A credential that hands out a fixed token and counts how often it was asked. */
export function staticCredential(token = 'test-token'): TokenCredential & { calls: number } {
  const cred = {
    calls: 0,
    async getToken(): Promise<AccessToken> {
      cred.calls += 1;
      return { token, expiresOnTimestamp: Date.now() + 3600_000 };
    },
  };
  return cred;
}
