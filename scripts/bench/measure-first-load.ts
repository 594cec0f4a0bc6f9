// Bench step (f): first-load JavaScript per route, as the browser receives it. A full load of each route in
// Chromium with the cache off, summing the encoded (gzip, as `next start` serves it) bodies of every script
// the page requested before it hydrated: what a person's first visit downloads before the page works.
import { chromium, type Page } from '@playwright/test';
import { SEED_SUBSCRIPTIONS } from '@/lib/emulator/seed/subscriptions';
import { emptyCreateRegistryForm } from '@/lib/registries/create-registry-schema';
import { deploymentProgressPath } from '@/lib/registries/deployment-name';
import { buildDeploymentTemplate, deploymentRequestBody } from '@/lib/registries/template';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const FIRST_REGISTRY_LINK = '[role="table"][aria-label="Registries"] [role="row"][aria-rowindex="2"] a';

/** Gzipped KB of JavaScript per route name. */
export type FirstLoadJs = Record<'list' | 'wizard' | 'registryPage' | 'progressPage', number>;

// A small deployment of the wizard's template, so the progress page has something to show.
async function startDeployment(armUrl: string): Promise<string> {
  const token = ((await (await fetch(`${armUrl}/_emulator/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ principal: 'owner@contoso.onmicrosoft.com' }) })).json()) as { access_token: string }).access_token;
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const subscription = SEED_SUBSCRIPTIONS.production.id;
  const suffix = Date.now().toString(36);
  const group = `rg-bench-${suffix}`;
  const put = (path: string, body: unknown) => fetch(`${armUrl}${path}`, { method: 'PUT', headers, body: JSON.stringify(body) });
  await put(`/subscriptions/${subscription}/resourcegroups/${group}?api-version=2021-04-01`, { location: 'eastus' });
  const bundle = buildDeploymentTemplate({ ...emptyCreateRegistryForm(), name: `benchjs${suffix}`, primaryRegion: 'eastus', additionalRegions: [] });
  const name = `registry-benchjs${suffix}`;
  const response = await put(`/subscriptions/${subscription}/resourcegroups/${group}/providers/Microsoft.Resources/deployments/${name}?api-version=2025-04-01`, deploymentRequestBody(bundle));
  if (!response.ok) throw new Error(`deployment PUT answered ${response.status}: ${await response.text()}`);
  return deploymentProgressPath(subscription, group, name);
}

// When the root has hydrated (AppProviders sets data-hydrated in an effect), in the page's own clock. A string:
// tsx's transform wraps named inner functions in a helper the page does not have.
// The document, not <html>: init scripts run before the parser has created any element.
const HYDRATED_AT_SCRIPT = `new MutationObserver((changes, observer) => {
  if (document.documentElement?.dataset.hydrated !== 'true') return;
  window.__hydratedAt = performance.now();
  observer.disconnect();
}).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-hydrated'] });`;

// Scripts requested before the page hydrated: what it needed to work. Later requests are not first-load
// code: chunks Next prefetches for the routes the page links to, and code downloaded on demand (a menu opened).
async function scriptKb(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.locator('html[data-hydrated="true"]').waitFor({ timeout: 60_000 });
  await page.waitForLoadState('load');
  const bytes = await page.evaluate(() => {
    const hydratedAt = (window as unknown as { __hydratedAt: number }).__hydratedAt;
    return (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((entry) => (entry.initiatorType === 'script' || new URL(entry.name).pathname.endsWith('.js')) && entry.startTime <= hydratedAt)
      .reduce((sum, entry) => sum + entry.encodedBodySize, 0);
  });
  return Math.round(bytes / 102.4) / 10;
}

/** Signs in as the seeded Owner, then measures each route's first-load JavaScript. */
export async function measureFirstLoadJs(consoleUrl: string, armUrl: string): Promise<FirstLoadJs> {
  const progressPath = await startDeployment(armUrl);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${consoleUrl}/signin?next=%2Fregistries`);
    await page.locator('html[data-hydrated="true"]').waitFor();
    await page.getByRole('button', { name: /owner@contoso\.onmicrosoft\.com/i }).click();
    await page.waitForURL((url) => url.pathname === '/registries', { timeout: 60_000 });
    const registryPath = await page.locator(FIRST_REGISTRY_LINK).getAttribute('href');
    await page.addInitScript(HYDRATED_AT_SCRIPT);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    return {
      list: await scriptKb(page, `${consoleUrl}/registries`),
      wizard: await scriptKb(page, `${consoleUrl}/registries/create`),
      registryPage: await scriptKb(page, `${consoleUrl}${registryPath}`),
      progressPage: await scriptKb(page, `${consoleUrl}${progressPath}`),
    };
  } finally {
    await browser.close();
  }
}
