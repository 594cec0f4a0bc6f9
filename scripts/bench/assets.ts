// `tsx scripts/bench/assets.ts`: only step (h) of `npm run bench` (issue 12), for working on the asset pages
// without seeding 10,000 registries first. Ports from BENCH_EMULATOR_PORT / BENCH_CONSOLE_PORT (else free
// ones); the JSON line at the end carries the same keys run.ts adds.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { measureAssets } from './measure-assets';
import { buildIfNeeded, ensureChromium, freePort, startConsole, startEmulator, stopAll } from './processes';

const log = (line: string) => console.log(`[bench:assets] ${line}`);
const round = (ms: number) => Math.round(ms * 10) / 10;

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'registry-hub-bench-assets-'));
  process.on('exit', () => {
    stopAll();
    rmSync(dataDir, { recursive: true, force: true });
  });
  ensureChromium(log);
  await buildIfNeeded(log);
  const emulatorPort = Number(process.env.BENCH_EMULATOR_PORT ?? (await freePort()));
  const consolePort = Number(process.env.BENCH_CONSOLE_PORT ?? (await freePort()));
  const emulator = await startEmulator(emulatorPort, path.join(dataDir, 'arm-emulator.db'));
  const consoleApp = await startConsole(consolePort, emulator.url);
  const assets = await measureAssets(consoleApp.url, emulator.url, log);
  log(`Models tab first page ${round(assets.modelsTabMs)} ms (cold ${round(assets.modelsTabColdMs)} ms), asset page ${round(assets.assetPageMs)} ms (cold ${round(assets.assetPageColdMs)} ms)`);
  for (const [name, ms] of [['modelsTabMs', assets.modelsTabMs], ['assetPageMs', assets.assetPageMs]] as const) log(`${ms <= 1000 ? 'meets' : 'MISSES'} ${name} ≤ 1000`);
  console.log(JSON.stringify({ assetModels: assets.models, modelsTabMs: round(assets.modelsTabMs), assetPageMs: round(assets.assetPageMs) }));
}

main()
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
