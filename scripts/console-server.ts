// The console's own server (`npm start` runs it instead of `next start`): Next's request handler behind a
// node http or https listener, for two things `next start` cannot do:
// - serve https itself with CONSOLE_TLS_CERT / CONSOLE_TLS_KEY (PEM files), for a single-machine install;
// - decide whether the visitor used https from what it can verify (its own TLS, or X-Forwarded-Proto from a
//   peer listed in CONSOLE_TRUSTED_PROXIES) and stamp that on the request (PUBLIC_PROTO_HEADER), replacing
//   whatever the client sent. Cookies' __Host- prefix and Secure, and HSTS, follow the stamp (proxy.ts).
// Usage: tsx scripts/console-server.ts --port 3000 [--host 127.0.0.1]
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { TLSSocket } from 'node:tls';
import next from 'next';
import { parseTrustedProxies, PUBLIC_PROTO_HEADER, visitorProto } from '../lib/http-security/public-origin';

const ROOT = path.resolve(__dirname, '..');

function flag(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

/** PEM certificate and key from CONSOLE_TLS_CERT / CONSOLE_TLS_KEY, or null for plain http. */
export function tlsFiles(env: NodeJS.ProcessEnv): { cert: Buffer; key: Buffer } | null {
  const certPath = env.CONSOLE_TLS_CERT?.trim();
  const keyPath = env.CONSOLE_TLS_KEY?.trim();
  if (!certPath && !keyPath) return null;
  if (!certPath || !keyPath) throw new Error('Set both CONSOLE_TLS_CERT and CONSOLE_TLS_KEY (PEM files), or neither.');
  return { cert: readFileSync(certPath), key: readFileSync(keyPath) };
}

async function main(): Promise<void> {
  const port = Number(flag('port') ?? process.env.PORT ?? 3000);
  const host = flag('host');
  const tls = tlsFiles(process.env);
  const trustedProxies = parseTrustedProxies(process.env.CONSOLE_TRUSTED_PROXIES);
  const app = next({ dev: false, dir: ROOT, hostname: host ?? 'localhost', port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const listener = (request: IncomingMessage, response: ServerResponse) => {
    request.headers[PUBLIC_PROTO_HEADER] = visitorProto({
      encrypted: (request.socket as TLSSocket).encrypted === true,
      peerAddress: request.socket.remoteAddress,
      forwardedProto: request.headers['x-forwarded-proto'],
      trustedProxies,
    });
    void handle(request, response);
  };
  const server = tls ? createHttpsServer({ cert: tls.cert, key: tls.key }, listener) : createHttpServer(listener);
  server.listen(port, host, () => {
    const bound = (server.address() as AddressInfo).port;
    console.log(`[console] listening on ${tls ? 'https' : 'http'}://${host ?? 'localhost'}:${bound}`);
  });
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(`[console] ${(error as Error).message}`);
    process.exit(1);
  });
}
