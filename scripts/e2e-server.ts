// The browser tests' server: scripts/start.ts against the embedded emulator with a brand-new database in a
// temporary directory (removed on exit), so every run starts from the seeded tenant and nothing else.
// Every line the console and the emulator print also goes to E2E_LOG_FILE, which the run's global teardown
// reads for secrets and CSP violation reports (e2e/support/log-check.ts); the emulator's per-request lines
// go only there, so the test report stays readable.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';

const ROOT = path.resolve(__dirname, '..');
const dataDir = mkdtempSync(path.join(tmpdir(), 'registry-hub-e2e-'));
const env: NodeJS.ProcessEnv = { ...process.env, ARM_EMULATOR_DB: path.join(dataDir, 'arm-emulator.db') };
// Always the emulator: the specs rely on its seeded tenant and control endpoints.
delete env.ARM_ENDPOINT;
delete env.ARM_AUTH;
delete env.ARM_EMULATOR_PRINCIPAL;
process.on('exit', () => rmSync(dataDir, { recursive: true, force: true }));
console.log(`[e2e] emulator database: ${env.ARM_EMULATOR_DB}`);

const logFile = process.env.E2E_LOG_FILE ? createWriteStream(process.env.E2E_LOG_FILE, { flags: 'w' }) : null;
// In the same process group: Playwright's SIGTERM to the group reaches start.ts, which stops its children.
const start = spawn(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/start.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
// The console's one JSON line per request (scripts/console-requests.ts) goes only to the log file too.
const quiet = (line: string) => line.startsWith('[arm] [arm-emulator] ') || (line.startsWith('{') && line.includes('"msg":"request"'));
createInterface({ input: start.stdout! }).on('line', (line) => {
  logFile?.write(`${line}\n`);
  if (!quiet(line)) console.log(line);
});
createInterface({ input: start.stderr! }).on('line', (line) => {
  logFile?.write(`${line}\n`);
  console.error(line);
});
// Playwright signals the whole group; wait for start.ts to finish stopping and leave with its code.
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => undefined);
start.once('exit', (code, signal) => {
  logFile?.end(() => process.exit(code ?? (signal ? 1 : 0)));
  if (!logFile) process.exit(code ?? (signal ? 1 : 0));
});
