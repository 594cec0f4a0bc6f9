// The processes of a local cluster — the ARM emulator and console replicas — as children that can be
// started, stopped cleanly (SIGTERM) or killed outright (SIGKILL), for `npm run start:cluster` and the drills.
// Each runs as a single node process (`node --import tsx`), so a pid is the whole replica.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

export const ROOT = path.resolve(__dirname, '..', '..');
const LISTENING = /ARM emulator listening on (\S+)/;
const START_TIMEOUT_MS = 90_000;

/** A started child process and what it printed. */
export interface ClusterProcess {
  name: string;
  child: ChildProcess;
  /** stdout lines so far (a replica's are JSON log lines). */
  lines: string[];
  /** Resolves when the process has exited. */
  exited: Promise<void>;
  /** SIGTERM and wait (a replica drains first). */
  stop(): Promise<void>;
  /** SIGKILL and wait: a crash. */
  kill(): Promise<void>;
}

function spawnNode(name: string, script: string, args: string[], env: NodeJS.ProcessEnv, echo: boolean, nodeFlags: string[] = []): ClusterProcess {
  const child = spawn(process.execPath, [...nodeFlags, '--import', 'tsx', script, ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  createInterface({ input: child.stdout! }).on('line', (line) => {
    lines.push(line);
    if (echo) console.log(`[${name}] ${line}`);
  });
  createInterface({ input: child.stderr! }).on('line', (line) => {
    if (echo) console.error(`[${name}] ${line}`);
  });
  const signal = async (sig: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(sig);
    await exited;
  };
  return { name, child, lines, exited, stop: () => signal('SIGTERM'), kill: () => signal('SIGKILL') };
}

async function until(what: string, process: ClusterProcess, ready: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (process.child.exitCode !== null || process.child.signalCode !== null) {
      throw new Error(`${what} exited before it was ready:\n${process.lines.slice(-20).join('\n')}`);
    }
    if (await ready()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await process.kill();
  throw new Error(`${what} was not ready within ${START_TIMEOUT_MS / 1000} s.`);
}

/** Starts the ARM emulator on `port` with its database at `db`; resolves with its URL once it listens. */
export async function startEmulatorProcess(options: { port: number; db: string; timeScale?: string; echo?: boolean }): Promise<ClusterProcess & { url: string }> {
  // The TLS listener beside it takes the next port (not the fixed default, which a second emulator would collide on).
  const env: NodeJS.ProcessEnv = { ...process.env, ARM_EMULATOR_PORT: String(options.port), ARM_EMULATOR_HTTPS_PORT: String(options.port + 1), ARM_EMULATOR_DB: options.db };
  if (options.timeScale) env.ARM_EMULATOR_TIME_SCALE = options.timeScale;
  const emulator = spawnNode('arm', 'lib/emulator/main.ts', ['--quiet'], env, options.echo ?? false);
  let url = '';
  await until('The ARM emulator', emulator, async () => {
    const match = emulator.lines.map((line) => LISTENING.exec(line)).find(Boolean);
    url = match?.[1] ?? '';
    return url !== '';
  });
  return { ...emulator, url };
}

// V8 grows a busy server's heap lazily: 50 concurrent /registries renders took a replica from 330 MB to 590 MB
// within a minute with the default limit, while its heap after a full GC stayed near 100 MB (no leak). A
// 288 MB old space keeps the peak under 400 MB with the 32 MB semi-space below (npm run bench:read-load;
// docs/operations.md; 320 MB peaked at 401-413 MB in the two-replica runs) and leaves near three times the live heap. An operator's own --max-old-space-size or --max-semi-space-size in NODE_OPTIONS wins.
const REPLICA_OLD_SPACE_MB = 288;
// 40 concurrent renders keep each render's objects alive for its whole second: in the default 16 MB semi-space
// many survive two scavenges and are promoted, and the old space then needs full collections (GC helper threads
// plus main-thread pauses). 32 MB took scavenges per page from ~0.5 to ~0.25, full collections from ~0.04 to
// ~0.02, and the replica's CPU per page from 28.5 to 26.6 ms (5 paired runs, 40-50 clients, read-load) for
// ~40 MB more peak RSS (50 clients: 330-340 MB); 64 MB brought the peak to 360-386 MB at 40 clients.
const REPLICA_SEMI_SPACE_MB = 32;

function replicaHeapFlags(env: NodeJS.ProcessEnv): string[] {
  const own = env.NODE_OPTIONS ?? '';
  return [
    ...(/--max-old-space-size/.test(own) ? [] : [`--max-old-space-size=${REPLICA_OLD_SPACE_MB}`]),
    ...(/--max-semi-space-size/.test(own) ? [] : [`--max-semi-space-size=${REPLICA_SEMI_SPACE_MB}`]),
  ];
}

// REPLICA_CPU_PROFILE_DIR: each replica writes a V8 CPU profile there when it stops (node refuses --cpu-prof in
// NODE_OPTIONS), for finding where a render's time goes under `npm run bench:read-load`.
function replicaProfileFlags(env: NodeJS.ProcessEnv): string[] {
  const dir = env.REPLICA_CPU_PROFILE_DIR?.trim();
  return dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : [];
}

// REPLICA_NODE_FLAGS: node or V8 flags for each replica that NODE_OPTIONS refuses (e.g. --trace-gc), for
// experiments under `npm run bench:read-load`.
function replicaExtraFlags(env: NodeJS.ProcessEnv): string[] {
  return (env.REPLICA_NODE_FLAGS ?? '').split(/\s+/).filter(Boolean);
}

/** Starts one console replica on `port`; resolves once /api/health answers. */
export async function startReplica(options: { name: string; port: number; env: NodeJS.ProcessEnv; echo?: boolean }): Promise<ClusterProcess & { url: string }> {
  const env = { ...options.env, PORT: String(options.port), CONSOLE_HOST: '127.0.0.1', REPLICA_NAME: options.name, NODE_ENV: 'production' as const };
  const replica = spawnNode(options.name, 'scripts/console-server.ts', [], env, options.echo ?? false, [...replicaHeapFlags(env), ...replicaProfileFlags(env), ...replicaExtraFlags(env)]);
  const url = `http://127.0.0.1:${options.port}`;
  await until(`Replica ${options.name}`, replica, async () => {
    try {
      return (await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) })).ok;
    } catch {
      return false;
    }
  });
  return { ...replica, url };
}
