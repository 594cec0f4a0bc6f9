// A local redis-server child for the tests, the drills and `npm run start:cluster`: Debian's redis-server
// (scripts/ensure-redis.sh installs it), on the first free port of a range, persisting to `dir` so a
// restarted Redis keeps its sessions, and stopped with its parent.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';

/** A running redis-server. */
export interface RedisServerProcess {
  port: number;
  url: string;
  child: ChildProcess;
  /** SIGTERM, and resolves once it exited (Redis saves its dump on the way out). */
  stop(): Promise<void>;
}

const DEFAULT_PORTS: [number, number] = [6390, 6399];

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.setTimeout(500);
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      socket.destroy();
      resolve(data.toString().startsWith('+PONG'));
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/** Starts redis-server in `dir` on the first free port of `ports` and resolves once it answers PING. */
export async function startRedisServer(options: { dir: string; ports?: [number, number]; binary?: string }): Promise<RedisServerProcess> {
  const [first, last] = options.ports ?? DEFAULT_PORTS;
  mkdirSync(options.dir, { recursive: true });
  for (let port = first; port <= last; port++) {
    if (!(await portIsFree(port))) continue;
    const child = spawn(
      options.binary ?? process.env.REDIS_SERVER ?? 'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--dir', options.dir, '--save', '1 1', '--appendonly', 'no', '--protected-mode', 'yes'],
      { stdio: 'ignore' },
    );
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.once('error', () => undefined);
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline && child.exitCode === null) {
      if (await answers(port)) {
        return {
          port,
          url: `redis://127.0.0.1:${port}`,
          child,
          stop: async () => {
            if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
            await exited;
          },
        };
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    child.kill('SIGKILL');
    // Lost a race for the port (or redis-server would not start): try the next one.
  }
  throw new Error(`redis-server did not start on any port ${first}-${last} (is it installed? bash scripts/ensure-redis.sh).`);
}
