// A local TLS-terminating reverse proxy, as a deployment would put in front of the console: https on its own
// port with a throwaway self-signed certificate, forwarding to the console over http with
// X-Forwarded-Proto: https and the visitor's Host. The e2e server trusts 127.0.0.1 (CONSOLE_TRUSTED_PROXIES).
import { request as httpRequest } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';

/** A throwaway certificate and key for 127.0.0.1 / localhost (PEM). */
export async function selfSignedCertificate(): Promise<{ cert: string; key: string }> {
  const pems = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
    keyType: 'ec',
    notAfterDate: new Date(Date.now() + 24 * 3600_000),
    algorithm: 'sha256',
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }, { type: 2, value: 'localhost' }] }],
  });
  return { cert: pems.cert, key: pems.private };
}

/** A running proxy: its https origin and a way to stop it. */
export interface TlsProxy {
  origin: string;
  close(): Promise<void>;
}

/** Starts the proxy on `port` (0: any free port) in front of `target` (the console's http origin). */
export async function startTlsProxy(target: string, port = 0): Promise<TlsProxy> {
  const { cert, key } = await selfSignedCertificate();
  const upstream = new URL(target);
  const server: Server = createServer({ cert, key }, (request, response) => {
    const forwarded = httpRequest(
      { host: upstream.hostname, port: upstream.port, method: request.method, path: request.url, headers: { ...request.headers, 'x-forwarded-proto': 'https' } },
      (reply) => {
        response.writeHead(reply.statusCode ?? 502, reply.headers);
        reply.pipe(response);
      },
    );
    forwarded.on('error', () => response.writeHead(502).end());
    request.pipe(forwarded);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    origin: `https://127.0.0.1:${bound}`,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
