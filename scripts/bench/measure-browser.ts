// Bench step (d): Debian's Chromium (flags as playwright.config.ts) against the production console. Signs in
// as the seeded Owner, then measures navigation → first registry row visible (server-rendered rows), and a
// search keystroke → the table updated and painted (keydown timestamp to the frame after the DOM changed).
import { chromium, type Page } from '@playwright/test';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const NAVIGATIONS = 5;
const FIRST_ROW = '[role="table"][aria-label="Registries"] [role="row"][aria-rowindex="2"]';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Signs in as the seeded Owner and lands on /registries. */
export async function signIn(page: Page, consoleUrl: string): Promise<void> {
  await page.goto(`${consoleUrl}/signin?next=%2Fregistries`);
  await page.locator('html[data-hydrated="true"]').waitFor();
  await page.getByRole('button', { name: /owner@contoso\.onmicrosoft\.com/i }).click();
  await page.waitForURL((url) => url.pathname === '/registries', { timeout: 60_000 });
}

async function firstRows(page: Page, consoleUrl: string): Promise<number> {
  const started = Date.now();
  await page.goto(`${consoleUrl}/registries`, { waitUntil: 'commit' });
  await page.locator(FIRST_ROW).waitFor({ state: 'visible', timeout: 60_000 });
  return Date.now() - started;
}

// One keystroke: the time from the key's event timestamp to the first frame after the count text changed.
async function keystroke(page: Page, key: string): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { __bench: { start: number; end: number } };
    w.__bench = { start: 0, end: 0 };
    const status = document.getElementById('registries-count')!;
    const before = status.textContent;
    document.addEventListener('keydown', (event) => (w.__bench.start = event.timeStamp), { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (status.textContent === before) return;
      observer.disconnect();
      requestAnimationFrame(() => (w.__bench.end = performance.now()));
    });
    observer.observe(status, { childList: true, characterData: true, subtree: true });
  });
  await page.keyboard.press(key);
  await page.waitForFunction(() => (window as unknown as { __bench: { end: number } }).__bench.end > 0, undefined, { timeout: 10_000 });
  return page.evaluate(() => {
    const { start, end } = (window as unknown as { __bench: { start: number; end: number } }).__bench;
    return end - start;
  });
}

/** Median first-rows and keystroke times in ms; each of `searchKeys` must change the rows shown. */
export async function measureBrowser(consoleUrl: string, searchKeys: readonly string[]): Promise<{ firstRowsMs: number; searchKeystrokeMs: number; samples: { firstRows: number[]; keystrokes: number[] } }> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await signIn(page, consoleUrl);
    await firstRows(page, consoleUrl);
    const firstRowTimes: number[] = [];
    for (let i = 0; i < NAVIGATIONS; i++) firstRowTimes.push(await firstRows(page, consoleUrl));
    await page.locator('html[data-hydrated="true"]').waitFor();
    // Keystrokes are measured over the complete list (the rest loads after the first page).
    await page.waitForFunction(() => !document.getElementById('registries-count')?.textContent?.includes('loading the rest'), undefined, { timeout: 120_000 });
    await page.getByRole('searchbox').focus();
    const keyTimes: number[] = [];
    for (const key of searchKeys) keyTimes.push(await keystroke(page, key));
    await page.screenshot({ path: '/tmp/bench-registries.png' });
    return { firstRowsMs: median(firstRowTimes), searchKeystrokeMs: median(keyTimes), samples: { firstRows: firstRowTimes, keystrokes: keyTimes } };
  } finally {
    await browser.close();
  }
}
