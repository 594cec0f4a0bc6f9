// `npm start` (production) and `npm run dev` (`--dev`): the console, plus the embedded ARM emulator when
// ARM_ENDPOINT is not set. Children run in their own process groups so a stop reaches every descendant
// (tsx's node child, Next's workers); whichever child exits first takes the other down, and its exit code
// becomes ours. Extra flags (e.g. `--reset`) go to the emulator.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { consoleAnswers, consoleLaunch } from './console-launch';

const ROOT = path.resolve(__dirname, '..');
const BIN = path.join(ROOT, 'node_modules', '.bin');
const LISTENING = /ARM emulator listening on (\S+)/;
const EMULATOR_START_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 5_000;
// What a production build is made from; the emulator, tests and scripts are not part of it.
const BUILD_INPUTS = ['app', 'components', 'lib', 'public', 'proxy.ts', 'instrumentation-client.ts', 'next.config.mjs', 'tsconfig.json', 'package-lock.json'];
const NOT_BUILD_INPUTS = [/^lib[\\/]emulator([\\/]|$)/, /\.test\.tsx?$/, /[\\/]contract[\\/]/];

const args = process.argv.slice(2);
const dev = args.includes('--dev');
const emulatorArgs = args.filter((arg) => arg !== '--dev');
const port = process.env.PORT || '3000';
// Not HOSTNAME: shells and containers export it with the machine name, which would move the console off loopback.
let host = process.env.CONSOLE_HOST;
const children = new Set<ChildProcess>();
let stopping = false;

function log(message: string): void {
  console.log(`[start] ${message}`);
}

function run(command: string, commandArgs: string[], env: NodeJS.ProcessEnv, pipeStdout = false): ChildProcess {
  const child = spawn(command, commandArgs, {
    cwd: ROOT,
    env,
    detached: true,
    stdio: ['ignore', pipeStdout ? 'pipe' : 'inherit', 'inherit'],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

function exitCodeOf(code: number | null, signal: NodeJS.Signals | null): number {
  if (code !== null) return code;
  const signals: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 2, SIGKILL: 9, SIGTERM: 15 };
  return 128 + (signal ? (signals[signal] ?? 1) : 1);
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

/** Stops every child (SIGTERM, then SIGKILL after a grace period) and exits with `code`. */
async function stopAll(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    const running = [...children];
    running.forEach((child) => signalGroup(child, 'SIGTERM'));
    const killer = setTimeout(() => running.forEach((child) => signalGroup(child, 'SIGKILL')), STOP_GRACE_MS);
    await Promise.all(running.map((child) => new Promise((resolve) => (children.has(child) ? child.once('exit', resolve) : resolve(null)))));
    clearTimeout(killer);
    process.exit(code);
  }
  return new Promise<never>(() => undefined);
}

function exitWithChild(name: string, child: ChildProcess): void {
  child.once('exit', (code, signal) => {
    if (stopping) return;
    const exitCode = exitCodeOf(code, signal);
    log(`${name} exited (${signal ?? `code ${code}`}); stopping.`);
    void stopAll(exitCode);
  });
}

function newestInput(entry: string): number {
  const full = path.join(ROOT, entry);
  if (!existsSync(full) || NOT_BUILD_INPUTS.some((pattern) => pattern.test(entry))) return 0;
  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(full).map((name) => newestInput(path.join(entry, name))));
}

// A production build is needed when none exists, or when a source file changed after it was made.
function buildReason(): string | null {
  // NEXT_DIST_DIR lets parallel test runs keep separate builds (next.config.mjs reads it too).
  const distDir = process.env.NEXT_DIST_DIR ?? '.next';
  const buildId = path.join(ROOT, distDir, 'BUILD_ID');
  if (!existsSync(buildId)) return `no production build yet (${distDir}/BUILD_ID is missing)`;
  const newest = Math.max(...BUILD_INPUTS.map(newestInput));
  return newest > statSync(buildId).mtimeMs ? 'sources changed since the last build' : null;
}

function buildIfNeeded(): Promise<void> {
  const reason = buildReason();
  if (!reason) return Promise.resolve();
  log(`Running next build: ${reason}.`);
  const build = run(path.join(BIN, 'next'), ['build'], process.env);
  return new Promise((resolve) => {
    build.once('exit', (code, signal) => {
      if (stopping) return;
      if (code === 0) return resolve();
      log(`next build failed (${signal ?? `code ${code}`}).`);
      void stopAll(exitCodeOf(code, signal));
    });
  });
}

/** Starts the emulator and resolves with its URL once it prints its "listening" line. */
function startEmulator(): Promise<string> {
  const emulator = run(path.join(BIN, 'tsx'), ['lib/emulator/main.ts', ...emulatorArgs], process.env, true);
  exitWithChild('ARM emulator', emulator);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      log(`The ARM emulator did not report "ARM emulator listening on <url>" within ${EMULATOR_START_TIMEOUT_MS / 1000} s.`);
      void stopAll(1);
    }, EMULATOR_START_TIMEOUT_MS);
    createInterface({ input: emulator.stdout! }).on('line', (line) => {
      console.log(`[arm] ${line}`);
      const match = LISTENING.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
  });
}

async function main(): Promise<void> {
  process.on('SIGINT', () => void stopAll(130));
  process.on('SIGTERM', () => void stopAll(143));
  if (!dev) await buildIfNeeded();
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (process.env.ARM_ENDPOINT) {
    log(`Using ARM at ${process.env.ARM_ENDPOINT} (ARM_AUTH=${process.env.ARM_AUTH ?? 'default for the endpoint'}).`);
  } else {
    env.ARM_ENDPOINT = await startEmulator();
    env.ARM_AUTH = 'emulator';
    log(`ARM emulator ready at ${env.ARM_ENDPOINT}.`);
  }
  // One server identity for every visitor: unless told otherwise, only this machine may use it.
  if (!host && singleIdentityMode(env)) {
    host = '127.0.0.1';
    log('ARM_AUTH=default-azure-credential acts as this server for every visitor: listening on 127.0.0.1 only (set CONSOLE_HOST to change).');
  }
  // Production runs scripts/console-server.ts (https with CONSOLE_TLS_CERT/KEY): see scripts/console-launch.ts.
  const launch = consoleLaunch(ROOT, { dev, port, host, env });
  exitWithChild('Next.js', run(launch.command, launch.args, env));
  await waitUntilServing(launch.url.replace('//localhost:', '//127.0.0.1:'));
  log(`Registry Hub console: ${launch.url}/registries`);
}

// default-azure-credential: explicitly, or by default for an endpoint that is not loopback (lib/arm/config.ts).
function singleIdentityMode(env: NodeJS.ProcessEnv): boolean {
  if (env.ARM_AUTH) return env.ARM_AUTH === 'default-azure-credential';
  const hostname = new URL(env.ARM_ENDPOINT ?? 'http://127.0.0.1').hostname;
  return !['127.0.0.1', 'localhost', '::1', '[::1]'].includes(hostname) && !hostname.startsWith('127.');
}

// Polls until the console answers at all (any status), so the URL is printed when it can be opened.
async function waitUntilServing(url: string): Promise<void> {
  while (!stopping) {
    if (await consoleAnswers(url)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

void main();
