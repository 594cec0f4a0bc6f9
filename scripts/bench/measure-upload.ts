// Bench step (h): a 200 MB model published through the browser flow (Chromium, the publish page's block
// upload straight to the emulator's blob endpoint) while the console's resident memory is sampled: the
// console only hands out the SAS and creates the version, so its memory must stay flat whatever the file's
// size. Called by run.ts; `tsx scripts/bench/measure-upload.ts` runs it alone against its own servers.
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { SEED_REGISTRIES } from '@/lib/emulator/seed/registries';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const MB = 1024 * 1024;

/** What the upload step reports. */
export interface UploadNumbers {
  uploadMb: number;
  uploadMs: number;
  uploadMbPerSecond: number;
  /** The console's resident memory just before the upload, and its largest sample during it. */
  consoleRssBeforeMb: number;
  consoleRssDuringUploadMb: number;
}

function treeOf(pid: number): number[] {
  const all = [pid];
  for (let i = 0; i < all.length; i++) {
    try {
      all.push(...readFileSync(`/proc/${all[i]}/task/${all[i]}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number));
    } catch {
      // The process ended between listing and reading.
    }
  }
  return all;
}

// Current resident size (VmRSS, not the lifetime peak VmHWM: earlier bench steps must not count here) of the
// largest process of the console's tree, in MB.
function currentRssMb(pid: number): number {
  let kb = 0;
  for (const p of treeOf(pid)) {
    try {
      kb = Math.max(kb, Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0));
    } catch {
      // Gone.
    }
  }
  return Math.round(kb / 1024);
}

function writeRandomFile(file: string, sizeMb: number): void {
  const fd = openSync(file, 'w');
  const chunk = Buffer.alloc(MB);
  for (let i = 0; i < sizeMb; i++) {
    for (let j = 0; j < chunk.length; j += 4) chunk.writeUInt32LE((Math.random() * 0xffffffff) >>> 0, j);
    writeSync(fd, chunk);
  }
  closeSync(fd);
}

/** Publishes a `sizeMb` model from Chromium to the seeded contoso-dev-registry, sampling the console (pid) every 100 ms. */
export async function measureUpload(consoleUrl: string, consolePid: number, sizeMb = 200): Promise<UploadNumbers> {
  const dir = mkdtempSync(path.join(tmpdir(), 'registry-hub-bench-upload-'));
  const file = path.join(dir, 'weights.bin');
  writeRandomFile(file, sizeMb);
  const registry = SEED_REGISTRIES.find((r) => r.name === 'contoso-dev-registry')!;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const publishPath = `/registries/${registry.subscriptionId}/${registry.resourceGroup}/${registry.name}/publish/models`;
    await page.goto(`${consoleUrl}/signin?next=${encodeURIComponent(publishPath)}`);
    await page.locator('html[data-hydrated="true"]').waitFor();
    await page.getByRole('button', { name: /owner@contoso\.onmicrosoft\.com/i }).click();
    await page.waitForURL((url) => url.pathname === publishPath, { timeout: 60_000 });
    await page.locator('html[data-hydrated="true"]').waitFor();
    const name = `bench-upload-${Date.now()}`;
    await page.getByLabel('Name').fill(name);
    await page.getByLabel('Files to upload', { exact: true }).setInputFiles(file);
    const consoleRssBeforeMb = currentRssMb(consolePid);
    let during = consoleRssBeforeMb;
    const timer = setInterval(() => (during = Math.max(during, currentRssMb(consolePid))), 100);
    const started = performance.now();
    await page.getByRole('button', { name: 'Publish model' }).click();
    await page.waitForURL((url) => url.pathname.endsWith(`/assets/models/${name}`), { timeout: 600_000 });
    const uploadMs = Math.round(performance.now() - started);
    clearInterval(timer);
    during = Math.max(during, currentRssMb(consolePid));
    return { uploadMb: sizeMb, uploadMs, uploadMbPerSecond: Math.round((sizeMb / (uploadMs / 1000)) * 10) / 10, consoleRssBeforeMb, consoleRssDuringUploadMb: during };
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function standalone(): Promise<void> {
  const { buildIfNeeded, freePort, startConsole, startEmulator, stopAll } = await import('./processes');
  const dataDir = mkdtempSync(path.join(tmpdir(), 'registry-hub-bench-'));
  process.on('exit', () => {
    stopAll();
    rmSync(dataDir, { recursive: true, force: true });
  });
  await buildIfNeeded(console.log);
  const emulator = await startEmulator(Number(process.env.BENCH_EMULATOR_PORT ?? (await freePort())), path.join(dataDir, 'arm-emulator.db'));
  const app = await startConsole(Number(process.env.BENCH_CONSOLE_PORT ?? (await freePort())), emulator.url);
  const numbers = await measureUpload(app.url, app.child.pid!, Number(process.env.BENCH_UPLOAD_MB ?? 200));
  console.log(`[bench] (h) ${numbers.uploadMb} MB model upload through the browser: ${numbers.uploadMs} ms (${numbers.uploadMbPerSecond} MB/s); console RSS ${numbers.consoleRssBeforeMb} MB before, at most ${numbers.consoleRssDuringUploadMb} MB during`);
  console.log(JSON.stringify(numbers));
}

if (require.main === module) {
  standalone()
    .then(() => process.exit(0))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
