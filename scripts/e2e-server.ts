// The browser tests' server: scripts/start.ts against the embedded emulator with a brand-new database in a
// temporary directory (removed on exit), so every run starts from the seeded tenant and nothing else.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const dataDir = mkdtempSync(path.join(tmpdir(), 'registry-hub-e2e-'));
process.env.ARM_EMULATOR_DB = path.join(dataDir, 'arm-emulator.db');
// Always the emulator: the specs rely on its seeded tenant and control endpoints.
delete process.env.ARM_ENDPOINT;
delete process.env.ARM_AUTH;
delete process.env.ARM_EMULATOR_PRINCIPAL;
process.on('exit', () => rmSync(dataDir, { recursive: true, force: true }));
// start.ts hands extra flags to the emulator: no per-request log lines in the test report.
process.argv.push('--quiet');
console.log(`[e2e] emulator database: ${process.env.ARM_EMULATOR_DB}`);

void import('./start');
