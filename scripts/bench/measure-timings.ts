// Bench step (g): speed as a person feels it, in Chromium against the production console. For a full load
// of the list (at the bench's 10,000 registries) and of a registry page: LCP (the browser's own
// largest-contentful-paint entry) and interactive (the first frame in which the root has hydrated and the
// page's own first button is enabled — HydratedButton/GuardedButton render disabled until their part of the
// page has hydrated). For the list also the time from its first row to every rendered row's status. And an ARM
// failure: Resource Graph and the subscription list answer 500, and the time from navigation to the list's
// error (its alert naming what failed) on screen. Every time is from navigation start (performance.timeOrigin), read in the page.
import { chromium, type Page } from '@playwright/test';
import { signIn } from './measure-browser';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const RUNS = 3;
const FIRST_ROW = '[role="table"][aria-label="Registries"] [role="row"][aria-rowindex="2"]';
const FIRST_REGISTRY_LINK = `${FIRST_ROW} a`;
const LIST_ERROR_HEADING = "Couldn't load registries";

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const round = (ms: number) => Math.round(ms);

/** Median figures in ms (and every sample). */
export interface PageTimings {
  lcpMs: number;
  interactiveMs: number;
  samples: { lcp: number[]; interactive: number[] };
}

/** All of step (g). */
export interface Timings {
  list: PageTimings & { statusesAfterRowsMs: number; statusesSamples: number[] };
  registryPage: PageTimings;
  armFailureOnScreenMs: number;
}

interface Marks {
  lcp?: number;
  hydrated?: number;
  interactive?: number;
  rows?: number;
  statuses?: number;
  failure?: number;
}

// Installed before any page script: records, per animation frame, the first frame each mark is true. A
// string, not a function: tsx's transform wraps named inner functions in a helper the page does not have.
function marksScript(options: { firstRow: string; interactiveButton: string; failureHeading: string }): string {
  return `(() => {
    const options = ${JSON.stringify(options)};
    const marks = (window.__marks = {});
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) marks.lcp = entry.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    const tick = (now) => {
      const hydrated = document.documentElement.dataset.hydrated === 'true';
      if (hydrated) marks.hydrated ??= now;
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === options.interactiveButton);
      if (hydrated && button && !button.disabled) marks.interactive ??= now;
      const row = document.querySelector(options.firstRow);
      if (row) marks.rows ??= now;
      // Statuses: every rendered row has one, not only the first (an unread row says Checking…).
      if (row && !row.closest('[role="table"]').textContent.includes('Checking…')) marks.statuses ??= now;
      if ([...document.querySelectorAll('[role="alert"]')].some((a) => a.textContent.includes(options.failureHeading))) marks.failure ??= now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })();`;
}

async function load(page: Page, url: string, needed: (keyof Marks)[]): Promise<Marks> {
  await page.goto(url, { waitUntil: 'commit' });
  const done = await page
    .waitForFunction(
      (keys) => {
        const marks = (window as unknown as { __marks?: Marks }).__marks;
        return marks && keys.every((key) => marks[key] !== undefined) ? marks : null;
      },
      needed,
      { timeout: 120_000, polling: 100 },
    )
    .catch(async (error: Error) => {
      const seen = await page.evaluate(() => JSON.stringify((window as unknown as { __marks?: Marks }).__marks)).catch(() => 'none');
      throw new Error(`${url}: waited for ${needed.join(', ')}; marks seen: ${seen}`, { cause: error });
    });
  return (await done.jsonValue()) as Marks;
}

async function measurePage(page: Page, url: string, needed: (keyof Marks)[]): Promise<Marks[]> {
  const runs: Marks[] = [];
  // The first load warms the server's caches (names, tokens), as a returning person's would be.
  for (let run = 0; run <= RUNS; run++) {
    const marks = await load(page, url, ['lcp', 'interactive', ...needed]);
    if (run > 0) runs.push(marks);
  }
  return runs;
}

function summary(runs: Marks[]): PageTimings {
  const lcp = runs.map((m) => round(m.lcp!));
  const interactive = runs.map((m) => round(m.interactive!));
  return { lcpMs: median(lcp), interactiveMs: median(interactive), samples: { lcp, interactive } };
}

// ARM fails the list's reads (Resource Graph, then the fallback's subscription list) until the rules go.
async function armFailure(page: Page, consoleUrl: string, armUrl: string): Promise<number> {
  const rules = [
    { match: { method: 'POST', path: '/providers/Microsoft.ResourceGraph/resources' }, status: 500, code: 'InternalServerError', message: 'Resource Graph failed (bench).' },
    { match: { method: 'GET', path: '/subscriptions' }, status: 500, code: 'InternalServerError', message: 'The subscription list failed (bench).' },
  ];
  for (const rule of rules) {
    const response = await fetch(`${armUrl}/_emulator/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(rule) });
    if (response.status !== 201) throw new Error(`fault rule answered ${response.status}: ${await response.text()}`);
  }
  try {
    const marks = await load(page, `${consoleUrl}/registries`, ['failure']);
    return round(marks.failure!);
  } finally {
    await fetch(`${armUrl}/_emulator/faults`, { method: 'DELETE' });
  }
}

/** Signs in as the seeded Owner and measures step (g). */
export async function measureTimings(consoleUrl: string, armUrl: string): Promise<Timings> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await signIn(page, consoleUrl);
    const registryPath = await page.locator(FIRST_REGISTRY_LINK).getAttribute('href');
    const marks = { firstRow: FIRST_ROW, failureHeading: LIST_ERROR_HEADING };
    await page.addInitScript(marksScript({ ...marks, interactiveButton: 'Export CSV' }));
    const listRuns = await measurePage(page, `${consoleUrl}/registries`, ['rows', 'statuses']);
    const statuses = listRuns.map((m) => round(m.statuses! - m.rows!));
    const armFailureOnScreenMs = await armFailure(page, consoleUrl, armUrl);
    // A second tab of the same signed-in context, whose marks wait for the registry page's own button.
    const registryPage = await context.newPage();
    await registryPage.addInitScript(marksScript({ ...marks, interactiveButton: 'Edit tags' }));
    const registryRuns = await measurePage(registryPage, `${consoleUrl}${registryPath}`, []);
    return {
      list: { ...summary(listRuns), statusesAfterRowsMs: median(statuses), statusesSamples: statuses },
      registryPage: summary(registryRuns),
      armFailureOnScreenMs,
    };
  } finally {
    await browser.close();
  }
}
