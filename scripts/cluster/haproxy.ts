// HAProxy in front of console replicas: the balancer the read-load bench measures through, and an example
// of what to give production replicas (`npx tsx scripts/cluster/haproxy.ts HOST:PORT… > haproxy.cfg` prints
// it). Why not the cluster's own round-robin proxy: both share the bench's two cores with the replicas, and
// per page that proxy took 1.9 ms of CPU (Node's HTTP parser and streams) where HAProxy takes ~0.5
// (docs/operations.md). It does what round-robin-proxy.ts does: round robin, at most `maxInFlightPerUpstream`
// requests per replica with the rest queued in order, X-Forwarded-For/-Proto/-Host, an X-Request-Id per
// request, and a replica that refuses connections skipped (retried elsewhere; marked down by its liveness
// probe). Debian's `haproxy` (scripts/ensure-haproxy.sh installs it).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface HaproxyOptions {
  port: number;
  host?: string;
  /** Replicas as base URLs (http://host:port). */
  upstreams: string[];
  /** HAProxy's per-server `maxconn`: requests beyond it wait in the backend's queue, in order. */
  maxInFlightPerUpstream?: number;
}

/** A running HAProxy. */
export interface HaproxyProcess {
  url: string;
  port: number;
  child: ChildProcess;
  close(): Promise<void>;
}

const START_TIMEOUT_MS = 10_000;
// Debian installs it in /usr/sbin, which is not on every user's PATH.
const HAPROXY_BINARY = existsSync('/usr/sbin/haproxy') ? '/usr/sbin/haproxy' : 'haproxy';

/** The HAProxy configuration for `options`. */
export function haproxyConfig(options: HaproxyOptions): string {
  const servers = options.upstreams.map((upstream, i) => {
    const { hostname, port } = new URL(upstream);
    const maxconn = options.maxInFlightPerUpstream ? ` maxconn ${options.maxInFlightPerUpstream}` : '';
    return `  server replica-${i + 1} ${hostname}:${port}${maxconn} check inter 2s fall 2 rise 1`;
  });
  return [
    'global',
    // One thread: on the bench's machine the other cores belong to the replicas.
    '  nbthread 1',
    '  maxconn 4096',
    'defaults',
    '  mode http',
    '  option http-keep-alive',
    '  option forwardfor',
    '  timeout connect 5s',
    '  timeout client 65s',
    '  timeout http-keep-alive 65s',
    // A server render waits on ARM at most a few seconds; a server action may take longer (a create's PUT).
    '  timeout server 120s',
    '  timeout queue 60s',
    // Only when no replica got the request (connection refused or failed), as round-robin-proxy.ts does: a
    // request a replica received is never sent twice.
    '  retries 2',
    '  option redispatch 1',
    '  retry-on conn-failure',
    'frontend console',
    `  bind ${options.host ?? '127.0.0.1'}:${options.port}`,
    '  unique-id-format %[uuid()]',
    '  http-request set-header X-Request-Id %[unique-id]',
    '  http-request set-header X-Forwarded-Proto http unless { req.hdr(x-forwarded-proto) -m found }',
    '  http-request set-header X-Forwarded-Host %[req.hdr(host)] unless { req.hdr(x-forwarded-host) -m found }',
    '  default_backend replicas',
    'backend replicas',
    '  balance roundrobin',
    // Liveness, not readiness: /api/ready fails on every replica while ARM is down, and the console's own
    // calm error page is better than the balancer's 503.
    '  option httpchk GET /api/health',
    ...servers,
    '',
  ].join('\n');
}

function listening(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Starts Debian's haproxy with haproxyConfig(options) and resolves once it listens. */
export async function startHaproxy(options: HaproxyOptions): Promise<HaproxyProcess> {
  const host = options.host ?? '127.0.0.1';
  const dir = mkdtempSync(path.join(tmpdir(), 'registry-hub-haproxy-'));
  const config = path.join(dir, 'haproxy.cfg');
  writeFileSync(config, haproxyConfig(options));
  // -db: stay in the foreground, so the child is HAProxy itself and stopping it stops the balancer.
  const child = spawn(process.env.HAPROXY ?? HAPROXY_BINARY, ['-db', '-f', config], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.once('error', (error) => (stderr += String(error)));
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline && child.exitCode === null && child.signalCode === null) {
    if (await listening(options.port, host)) return { url: `http://${host}:${options.port}`, port: options.port, child, close };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await close();
  throw new Error(`haproxy did not listen on ${host}:${options.port} (is it installed? bash scripts/ensure-haproxy.sh):\n${stderr.trim()}`);
}

if (require.main === module) {
  const upstreams = process.argv.slice(2).map((address) => `http://${address}`);
  if (upstreams.length === 0) {
    console.error('usage: npx tsx scripts/cluster/haproxy.ts HOST:PORT [HOST:PORT…]  (PORT env: where it listens, 8080)');
    process.exitCode = 2;
  } else {
    const maxInFlight = Number(process.env.CLUSTER_MAX_IN_FLIGHT ?? 8);
    process.stdout.write(haproxyConfig({ port: Number(process.env.PORT ?? 8080), host: '0.0.0.0', upstreams, maxInFlightPerUpstream: maxInFlight }));
  }
}
