// Processes of the benchmark: a free port, a production build when none is current, the emulator on a temp
// database, and the console's own server against it. Every child runs in its own process group so stopping reaches its
// descendants; only children this script started are ever signalled.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

/** Repository root. */
export const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'node_modules', '.bin');
const BUILD_INPUTS = ['app', 'components', 'lib', 'public', 'proxy.ts', 'instrumentation-client.ts', 'next.config.mjs', 'tsconfig.json', 'package-lock.json'];
const NOT_BUILD_INPUTS = [/^lib[\\/]emulator([\\/]|$)/, /\.test\.tsx?$/, /[\\/]contract[\\/]/];

const started: ChildProcess[] = [];

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Spawns a child in its own process group, remembered for stopAll. */
export function spawnChild(command: string, args: string[], env: NodeJS.ProcessEnv, quiet = true): ChildProcess {
  const child = spawn(command, args, { cwd: ROOT, env, detached: true, stdio: ['ignore', 'pipe', quiet ? 'pipe' : 'inherit'] });
  started.push(child);
  return child;
}

/** Stops every child this script started (SIGTERM to its group). */
export function stopAll(): void {
  for (const child of started) {
    if (child.pid === undefined || child.exitCode !== null) continue;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
}

function newestInput(entry: string): number {
  const full = path.join(ROOT, entry);
  if (!existsSync(full) || NOT_BUILD_INPUTS.some((pattern) => pattern.test(entry))) return 0;
  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(full).map((name) => newestInput(path.join(entry, name))));
}

/** Installs Debian's Chromium when it is missing (a fresh machine), as `npm run test:e2e` does. */
export function ensureChromium(log: (line: string) => void): void {
  if (existsSync('/usr/bin/chromium')) return;
  log('installing Chromium (scripts/ensure-chromium.sh)…');
  execFileSync('bash', [path.join(ROOT, 'scripts', 'ensure-chromium.sh')], { stdio: 'inherit' });
}

/** Installs Debian's redis-server when it is missing (the read load's session store), as `npm run test:unit` does. */
export function ensureRedis(log: (line: string) => void): void {
  log('checking for redis-server (scripts/ensure-redis.sh)…');
  // stdout to stderr: the read load's caller parses this process's stdout.
  execFileSync('bash', [path.join(ROOT, 'scripts', 'ensure-redis.sh')], { stdio: ['ignore', 2, 2] });
}

/** Installs Debian's wrk when it is missing: the read load's clients (scripts/bench/wrk-load.ts). */
export function ensureWrk(log: (line: string) => void): void {
  log('checking for wrk (scripts/ensure-wrk.sh)…');
  execFileSync('bash', [path.join(ROOT, 'scripts', 'ensure-wrk.sh')], { stdio: ['ignore', 2, 2] });
}

/** Installs Debian's haproxy when it is missing: the read load's balancer (scripts/cluster/haproxy.ts). */
export function ensureHaproxy(log: (line: string) => void): void {
  log('checking for haproxy (scripts/ensure-haproxy.sh)…');
  execFileSync('bash', [path.join(ROOT, 'scripts', 'ensure-haproxy.sh')], { stdio: ['ignore', 2, 2] });
}

/** Runs `next build` when there is no build in NEXT_DIST_DIR (or .next) or sources are newer than it. */
export async function buildIfNeeded(log: (line: string) => void): Promise<void> {
  const buildId = path.join(ROOT, process.env.NEXT_DIST_DIR ?? '.next', 'BUILD_ID');
  const stale = !existsSync(buildId) || Math.max(...BUILD_INPUTS.map(newestInput)) > statSync(buildId).mtimeMs;
  if (!stale) return;
  log('building the console (next build)…');
  const build = spawnChild(path.join(BIN, 'next'), ['build'], process.env, false);
  build.stdout?.resume();
  const code = await new Promise<number | null>((resolve) => build.once('exit', resolve));
  if (code !== 0) throw new Error(`next build failed with code ${code}`);
}

/** Polls `url` until it answers (any HTTP status) or `timeoutMs` passes. */
export async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await fetch(url, { redirect: 'manual' });
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs / 1000} s: ${(error as Error).message}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/** Starts the emulator (temp DB, given port) and resolves once it answers its health endpoint. */
export async function startEmulator(port: number, dbPath: string): Promise<{ child: ChildProcess; url: string }> {
  // The TLS listener takes any free port: the benchmark talks plain http, and 4511 may be someone else's.
  const env = { ...process.env, ARM_EMULATOR_PORT: String(port), ARM_EMULATOR_HTTPS_PORT: '0', ARM_EMULATOR_DB: dbPath, ARM_EMULATOR_TIME_SCALE: '0.01' };
  const child = spawnChild(path.join(BIN, 'tsx'), ['lib/emulator/main.ts', '--quiet'], env);
  child.stdout?.resume();
  child.stderr?.resume();
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/_emulator/health`, 60_000);
  return { child, url };
}

/** Starts the production console against `armUrl` and resolves once it serves. */
export async function startConsole(port: number, armUrl: string): Promise<{ child: ChildProcess; url: string }> {
  const env = { ...process.env, PORT: String(port), ARM_ENDPOINT: armUrl, ARM_AUTH: 'emulator', NODE_ENV: 'production' as const };
  // The console's own server, as `npm start` runs it (scripts/console-server.ts): it, not `next start`, compresses.
  const child = spawnChild(path.join(BIN, 'tsx'), ['scripts/console-server.ts', '--port', String(port), '--host', '127.0.0.1'], env);
  child.stdout?.resume();
  child.stderr?.resume();
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/signin`, 60_000);
  return { child, url };
}
