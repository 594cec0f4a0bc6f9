// Browser tests: Debian's chromium (Playwright cannot download its own here) against a production build of the
// console and a fresh emulator database per run (scripts/e2e-server.ts). Specs live in e2e/<feature>/.
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

// Ports can be moved so two runs on one machine do not collide (with NEXT_DIST_DIR for separate builds).
const CONSOLE_PORT = Number(process.env.E2E_CONSOLE_PORT ?? 3100);
const EMULATOR_PORT = Number(process.env.E2E_EMULATOR_PORT ?? 4610);
// The emulator's TLS listener (beside http): the next port unless told otherwise.
const EMULATOR_HTTPS_PORT = Number(process.env.E2E_EMULATOR_HTTPS_PORT ?? EMULATOR_PORT + 1);

// Specs reach the emulator directly (tokens, seeding their own data) at this URL.
process.env.E2E_ARM_URL ??= `http://127.0.0.1:${EMULATOR_PORT}`;
// The servers' log (scripts/e2e-server.ts tees it), checked for secrets and CSP reports after the run.
process.env.E2E_LOG_FILE ??= path.join(tmpdir(), `registry-hub-e2e-${CONSOLE_PORT}.log`);

// Debian's chromium (Playwright cannot download its own browser here), without its calls home.
const CHROMIUM_LAUNCH = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};

// Drills on an ARM of their own (e2e/drills/arm-*.isolated.spec.ts, drill-arm.ts: their own emulator and
// replica) touch nothing the other isolated specs share, so the two groups run side by side; each group runs
// one spec at a time (the drills share their ports).
const OWN_ARM_DRILLS = /e2e\/drills\/arm-[^/]+\.isolated\.spec\.ts$/;

/** Chromium only, two workers, one console + emulator for the whole run. */
export default defineConfig({
  testDir: 'e2e',
  outputDir: process.env.E2E_OUTPUT_DIR ?? 'test-results',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: 'list',
  globalTeardown: './e2e/support/global-teardown.ts',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${CONSOLE_PORT}`,
    trace: 'on-first-retry',
  },
  projects: [
    {
      name: 'chromium',
      // Specs that fault shared ARM paths (Resource Graph, the subscription list) or flood the tenant with
      // 10,000 registries would disturb specs running beside them: they run afterwards, on their own.
      testIgnore: /\.isolated\.spec\.ts$/,
      use: { ...devices['Desktop Chrome'], launchOptions: CHROMIUM_LAUNCH },
    },
    {
      name: 'isolated',
      testMatch: /\.isolated\.spec\.ts$/,
      testIgnore: OWN_ARM_DRILLS,
      dependencies: ['chromium'],
      fullyParallel: false,
      workers: 1,
      use: { ...devices['Desktop Chrome'], launchOptions: CHROMIUM_LAUNCH },
    },
    {
      // Beside `isolated` (the run's other worker sat idle through the drills' 30 s waits), one at a time.
      name: 'own-arm-drills',
      testMatch: OWN_ARM_DRILLS,
      dependencies: ['chromium'],
      fullyParallel: false,
      workers: 1,
      use: { ...devices['Desktop Chrome'], launchOptions: CHROMIUM_LAUNCH },
    },
  ],
  webServer: {
    command: 'node_modules/.bin/tsx scripts/e2e-server.ts',
    url: `http://127.0.0.1:${CONSOLE_PORT}/registries`,
    // A fresh clone builds the console first (`next build` takes about a minute on two shared cores).
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    // start.ts stops the console and the emulator on SIGTERM; give it time before Playwright's SIGKILL.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    env: {
      E2E_LOG_FILE: process.env.E2E_LOG_FILE,
      // e2e/security/https-proxy.spec.ts puts a TLS proxy on loopback in front of the console.
      CONSOLE_TRUSTED_PROXIES: '127.0.0.1',
      PORT: String(CONSOLE_PORT),
      ARM_EMULATOR_PORT: String(EMULATOR_PORT),
      ARM_EMULATOR_HTTPS_PORT: String(EMULATOR_HTTPS_PORT),
      ARM_EMULATOR_TIME_SCALE: '0.02',
    },
  },
});
