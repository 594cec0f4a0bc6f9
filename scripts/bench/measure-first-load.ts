// Bench step (f): first-load JavaScript per route, as the browser receives it. A full load of each route in
// Chromium with the cache off, summing the encoded (brotli, as the console's server sends it to a browser) bodies of every script
// the page requested before it hydrated: what a person's first visit downloads before the page works.
import { chromium, type Page } from '@playwright/test';
import { SEED_SUBSCRIPTIONS } from '@/lib/emulator/seed/subscriptions';
import { emptyCreateRegistryForm } from '@/lib/registries/create-registry-schema';
import { deploymentProgressPath } from '@/lib/registries/deployment-name';
import { buildDeploymentTemplate, deploymentRequestBody } from '@/lib/registries/template';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const FIRST_REGISTRY_LINK = '[role="table"][aria-label="Registries"] [role="row"][aria-rowindex="2"] a';

/** Compressed KB of JavaScript per route name. */
export type FirstLoadJs = Record<'list' | 'wizard' | 'registryPage' | 'progressPage' | 'assetPage' | 'assetSearch' | 'publishPage', number>;

/** One script a route loaded before it hydrated: its path and compressed bytes (for finding what to trim). */
export interface FirstLoadScript {
  path: string;
  bytes: number;
}

// A seeded registry and model (lib/emulator/seed/assets.ts): the model's asset page, a search that finds it,
// and the registry's Publish model page.
const SEEDED_REGISTRY_PATH = `/registries/${SEED_SUBSCRIPTIONS.production.id}/rg-ml-prod/contoso-prod-registry`;
const ASSET_PAGE_PATH = `${SEEDED_REGISTRY_PATH}/assets/models/credit-risk-classifier`;
const ASSET_SEARCH_PATH = '/assets/search?q=credit';
const PUBLISH_PAGE_PATH = `${SEEDED_REGISTRY_PATH}/publish/models`;

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
async function firstLoadScripts(page: Page, url: string): Promise<FirstLoadScript[]> {
  await page.goto(url);
  await page.locator('html[data-hydrated="true"]').waitFor({ timeout: 60_000 });
  await page.waitForLoadState('load');
  return page.evaluate(() => {
    const hydratedAt = (window as unknown as { __hydratedAt: number }).__hydratedAt;
    return (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((entry) => (entry.initiatorType === 'script' || new URL(entry.name).pathname.endsWith('.js')) && entry.startTime <= hydratedAt)
      .map((entry) => ({ path: new URL(entry.name).pathname, bytes: entry.encodedBodySize }));
  });
}

/**
 * Signs in as the seeded Owner, then measures each route's first-load JavaScript. `onRoute` receives each
 * route's scripts, for a breakdown when looking for what to trim.
 */
export async function measureFirstLoadJs(consoleUrl: string, armUrl: string, onRoute?: (route: keyof FirstLoadJs, scripts: FirstLoadScript[]) => void): Promise<FirstLoadJs> {
  const progressPath = await startDeployment(armUrl);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${consoleUrl}/signin?next=%2Fregistries`);
    await page.locator('html[data-hydrated="true"]').waitFor();
    await page.getByRole('button', { name: /owner@contoso\.onmicrosoft\.com/i }).click();
    await page.waitForURL((url) => url.pathname === '/registries', { timeout: 60_000 });
    const registryPath = await page.locator(FIRST_REGISTRY_LINK).getAttribute('href');
    if (!registryPath) throw new Error('the list shows no registry link');
    await page.addInitScript(HYDRATED_AT_SCRIPT);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const paths: Record<keyof FirstLoadJs, string> = {
      list: '/registries',
      wizard: '/registries/create',
      registryPage: registryPath,
      progressPage: progressPath,
      assetPage: ASSET_PAGE_PATH,
      assetSearch: ASSET_SEARCH_PATH,
      publishPage: PUBLISH_PAGE_PATH,
    };
    const result = {} as FirstLoadJs;
    for (const [route, path] of Object.entries(paths) as [keyof FirstLoadJs, string][]) {
      const scripts = await firstLoadScripts(page, `${consoleUrl}${path}`);
      onRoute?.(route, scripts);
      result[route] = Math.round(scripts.reduce((sum, script) => sum + script.bytes, 0) / 102.4) / 10;
    }
    return result;
  } finally {
    await browser.close();
  }
}
