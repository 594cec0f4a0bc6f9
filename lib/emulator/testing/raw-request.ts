// Test support: one HTTP(S) request with node's own client, for what fetch cannot express — a custom CA, a
// keep-alive agent whose connections tests watch, a body of any size, and the raw response headers.
import http from 'node:http';
import https from 'node:https';

/** A response as a test sees it. */
export interface RawReply {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  json<T = Record<string, unknown>>(): T;
}

/** Options of one request. */
export interface RawRequestOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  agent?: http.Agent;
  /** CA certificate(s) to trust for https URLs. */
  ca?: string;
}

/** Sends one request and reads the whole answer; rejects on socket errors (e.g. ECONNRESET). */
export function rawRequest(url: string, opts: RawRequestOptions = {}): Promise<RawReply> {
  const target = new URL(url);
  const client = target.protocol === 'https:' ? https : http;
  return new Promise<RawReply>((resolve, reject) => {
    const req = client.request(
      target,
      { method: opts.method ?? 'GET', headers: opts.headers, agent: opts.agent, ...(opts.ca ? { ca: opts.ca } : {}) },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: <T>() => JSON.parse(text) as T });
        });
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}
