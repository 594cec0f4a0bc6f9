// `npm run bench`: the registries list at 10,000 registries across 100 subscriptions (issue 4). Builds the
// console if needed, starts its own emulator (temp database) and a production console on free ports, bulk-seeds,
// then measures (a) raw Resource Graph pages, (b) the console's list via Resource Graph, (c) via per-subscription
// fan-out, (d) Chromium: first rows and search keystroke, (e) peak RSS of console and emulator, (f) first-load
// JavaScript per route (compressed, as browsers receive it), (g) read load (scripts/bench/read-load.ts), (h) Chromium: LCP and interactive
// for the list and a registry page, statuses after rows, an ARM failure on screen, (i) server time of a Models
// tab and an asset page at 5,000 models, (j) a 200 MB model upload through the publish page with the console's
// RSS. Readable lines first; the LAST line is one JSON object with the issues' keys.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { measureBrowser } from './measure-browser';
import { measureAssets } from './measure-assets';
import { measureFirstLoadJs } from './measure-first-load';
import { measureUpload } from './measure-upload';
import { runReadLoad } from './read-load-run';
import { measureTimings, type Timings } from './measure-timings';
import { buildIfNeeded, ensureChromium, freePort, ROOT, startConsole, startEmulator, stopAll } from './processes';
import { canSampleRss, sampleRss } from './rss';

const REGISTRIES = Number(process.env.BENCH_REGISTRIES ?? 10_000);
const SUBSCRIPTIONS = Number(process.env.BENCH_SUBSCRIPTIONS ?? 100);
const PREFIX = 'bench';
// Pressed one at a time in search: each changes the rows shown ("9" … "9876" narrows, Backspace widens again).
const SEARCH_KEYS = ['9', '8', '7', '6', 'Backspace', 'Backspace', 'Backspace', 'Backspace'];

const log = (line: string) => console.log(`[bench] ${line}`);
const round = (ms: number) => Math.round(ms * 10) / 10;

interface ListNumbers {
  rawArgMs: number;
  rawArgRequests: number;
  rawRows: number;
  graph: { ms: number; coldMs: number; requests: number; coldRequests: number; rows: number };
  fanout: { ms: number; coldMs: number; requests: number; coldRequests: number; rows: number };
}

async function bulkSeed(armUrl: string): Promise<void> {
  const started = performance.now();
  const response = await fetch(`${armUrl}/_emulator/bulk-seed`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ subscriptions: SUBSCRIPTIONS, registries: REGISTRIES, prefix: PREFIX }),
  });
  if (!response.ok) throw new Error(`bulk-seed answered ${response.status}: ${await response.text()}`);
  log(`seeded ${REGISTRIES} registries across ${SUBSCRIPTIONS} subscriptions in ${Math.round(performance.now() - started)} ms`);
}

async function measureList(armUrl: string): Promise<ListNumbers> {
  // lib/registries' list is server-only: run it under the react-server condition, as Next does.
  const { stdout } = await promisify(execFile)(
    path.join(ROOT, 'node_modules', '.bin', 'tsx'),
    ['--conditions=react-server', path.join(__dirname, 'measure-list.ts'), armUrl],
    { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as ListNumbers;
}

function logTimings(timings: Timings): void {
  log(`(h) list: LCP ${timings.list.lcpMs} ms [${timings.list.samples.lcp.join(', ')}], interactive ${timings.list.interactiveMs} ms [${timings.list.samples.interactive.join(', ')}], statuses ${timings.list.statusesAfterRowsMs} ms after the rows [${timings.list.statusesSamples.join(', ')}]`);
  log(`(h) registry page: LCP ${timings.registryPage.lcpMs} ms [${timings.registryPage.samples.lcp.join(', ')}], interactive ${timings.registryPage.interactiveMs} ms [${timings.registryPage.samples.interactive.join(', ')}]`);
  log(`(h) ARM failure (Resource Graph and subscriptions answer 500): error on screen ${timings.armFailureOnScreenMs} ms after navigation`);
}

async function main(): Promise<void> {
  if (!canSampleRss()) throw new Error('The benchmark samples memory from /proc: run it on Linux.');
  const dataDir = mkdtempSync(path.join(tmpdir(), 'registry-hub-bench-'));
  process.on('exit', () => {
    stopAll();
    rmSync(dataDir, { recursive: true, force: true });
  });
  ensureChromium(log);
  await buildIfNeeded(log);
  // Fixed ports when given (a shared machine hands each person a range), else any free ones.
  const emulatorPort = Number(process.env.BENCH_EMULATOR_PORT ?? 0) || (await freePort());
  const consolePort = Number(process.env.BENCH_CONSOLE_PORT ?? 0) || (await freePort());
  const emulator = await startEmulator(emulatorPort, path.join(dataDir, 'arm-emulator.db'));
  const emulatorRss = sampleRss(emulator.child.pid!);
  log(`emulator at ${emulator.url}`);
  const consoleApp = await startConsole(consolePort, emulator.url);
  const consoleRss = sampleRss(consoleApp.child.pid!);
  log(`console at ${consoleApp.url}`);
  await bulkSeed(emulator.url);
  // BENCH_ONLY=timings: step (h) alone, for work on the list's speed as a person feels it (minutes, not ten).
  if (process.env.BENCH_ONLY === 'timings') return logTimings(await measureTimings(consoleApp.url, emulator.url));

  const list = await measureList(emulator.url);
  log(`(a) raw Resource Graph: ${list.rawRows} rows in ${list.rawArgRequests} requests, median ${round(list.rawArgMs)} ms`);
  log(`(b) console list via Resource Graph: ${list.graph.rows} rows, median ${round(list.graph.ms)} ms in ${list.graph.requests} requests (cold, with subscription/region names: ${round(list.graph.coldMs)} ms, ${list.graph.coldRequests} requests)`);
  log(`(c) console list via per-subscription fan-out: ${list.fanout.rows} rows, median ${round(list.fanout.ms)} ms in ${list.fanout.requests} requests (cold: ${round(list.fanout.coldMs)} ms, ${list.fanout.coldRequests} requests)`);

  const browser = await measureBrowser(consoleApp.url, SEARCH_KEYS);
  log(`(d) Chromium: first rows visible ${browser.firstRowsMs} ms (median of [${browser.samples.firstRows.join(', ')}])`);
  log(`(d) Chromium: search keystroke → updated rows ${round(browser.searchKeystrokeMs)} ms (median of [${browser.samples.keystrokes.map(round).join(', ')}])`);
  const firstLoadJsKb = await measureFirstLoadJs(consoleApp.url, emulator.url);
  log(`(f) first-load JS, compressed KB (brotli): ${Object.entries(firstLoadJsKb).map(([route, kb]) => `${route} ${kb}`).join(', ')}`);
  const timings = await measureTimings(consoleApp.url, emulator.url);
  logTimings(timings);
  const assets = await measureAssets(consoleApp.url, emulator.url, log);
  log(`(i) ${assets.models} models × 3 versions: Models tab first page ${round(assets.modelsTabMs)} ms (cold ${round(assets.modelsTabColdMs)} ms), asset page ${round(assets.assetPageMs)} ms (cold ${round(assets.assetPageColdMs)} ms)`);
  const upload = await measureUpload(consoleApp.url, consoleApp.child.pid!);
  log(`(j) ${upload.uploadMb} MB model upload through the browser: ${upload.uploadMs} ms (${upload.uploadMbPerSecond} MB/s); console RSS ${upload.consoleRssBeforeMb} MB before, at most ${upload.consoleRssDuringUploadMb} MB during`);
  const consoleRssMb = consoleRss.stop();
  const emulatorRssMb = emulatorRss.stop();
  log(`(e) peak RSS: console ${consoleRssMb} MB, emulator ${emulatorRssMb} MB`);

  const result = {
    registries: list.graph.rows,
    subscriptions: SUBSCRIPTIONS,
    rawArgMs: round(list.rawArgMs),
    argListMs: round(list.graph.ms),
    argRequests: list.graph.requests,
    fanoutListMs: round(list.fanout.ms),
    fanoutRequests: list.fanout.requests,
    firstRowsMs: browser.firstRowsMs,
    searchKeystrokeMs: round(browser.searchKeystrokeMs),
    consoleRssMb,
    emulatorRssMb,
    firstLoadJsKb,
    assetModels: assets.models,
    modelsTabMs: round(assets.modelsTabMs),
    assetPageMs: round(assets.assetPageMs),
    upload,
    listLcpMs: timings.list.lcpMs,
    listInteractiveMs: timings.list.interactiveMs,
    statusesAfterRowsMs: timings.list.statusesAfterRowsMs,
    registryPageLcpMs: timings.registryPage.lcpMs,
    registryPageInteractiveMs: timings.registryPage.interactiveMs,
    armFailureOnScreenMs: timings.armFailureOnScreenMs,
  };
  const checks: [string, boolean][] = [
    ['argListMs ≤ 1.5 × rawArgMs', result.argListMs <= 1.5 * result.rawArgMs],
    [`argRequests ≤ ${Math.ceil(result.registries / 1000) + 1}`, result.argRequests <= Math.ceil(result.registries / 1000) + 1],
    ['firstRowsMs ≤ 1500', result.firstRowsMs <= 1500],
    ['searchKeystrokeMs ≤ 100', result.searchKeystrokeMs <= 100],
    ['consoleRssMb ≤ 400', result.consoleRssMb <= 400],
    ['emulatorRssMb ≤ 300', result.emulatorRssMb <= 300],
    ['modelsTabMs ≤ 1000', result.modelsTabMs <= 1000],
    ['assetPageMs ≤ 1000', result.assetPageMs <= 1000],
    ['upload.consoleRssDuringUploadMb < 400', upload.consoleRssDuringUploadMb < 400],
    ...Object.entries(firstLoadJsKb).map(([route, kb]): [string, boolean] => [`firstLoadJsKb.${route} ≤ 300`, kb <= 300]),
    ['listLcpMs ≤ 1000', result.listLcpMs <= 1000],
    ['listInteractiveMs ≤ 1500', result.listInteractiveMs <= 1500],
    ['statusesAfterRowsMs ≤ 500', result.statusesAfterRowsMs <= 500],
    ['registryPageLcpMs ≤ 1000', result.registryPageLcpMs <= 1000],
    ['registryPageInteractiveMs ≤ 1500', result.registryPageInteractiveMs <= 1500],
    ['armFailureOnScreenMs ≤ 3000', result.armFailureOnScreenMs <= 3000],
  ];
  // Issue 14's read load runs on its own processes (566 registries, Redis, one and two replicas).
  const readLoad = await runReadLoad(ROOT, log);
  checks.push(...(readLoad?.checks ?? []).map(([name, ok]): [string, boolean] => [`readLoad: ${name}`, ok]));
  for (const [name, ok] of checks) log(`${ok ? 'meets' : 'MISSES'} ${name}`);
  console.log(JSON.stringify({ ...result, readLoad }));
}

main()
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
