// Bench step (h), issue 12: a registry with 5,000 models × 3 versions (/_emulator/bulk-seed-assets), then
// the server time of its Models tab (the first page is rendered on the server; later pages load as the
// person scrolls) and of one model's asset page: the time until the whole HTML document has arrived,
// signed in as the seeded Owner. One cold request, then the median of the warm ones.
import { chromium } from '@playwright/test';
import { SEED_SUBSCRIPTIONS } from '@/lib/emulator/seed/subscriptions';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const MODELS = Number(process.env.BENCH_ASSET_MODELS ?? 5_000);
const VERSIONS = 3;
const SAMPLES = 5;
const REGISTRY = { subscriptionId: SEED_SUBSCRIPTIONS.development.id, resourceGroup: 'rg-ml-experiments', registryName: 'nlp-experiments' };

/** The figures of step (h). */
export interface AssetNumbers {
  models: number;
  modelsTabMs: number;
  modelsTabColdMs: number;
  assetPageMs: number;
  assetPageColdMs: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function bulkSeedModels(armUrl: string): Promise<void> {
  const response = await fetch(`${armUrl}/_emulator/bulk-seed-assets`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...REGISTRY, kind: 'models', assets: MODELS, versionsPerAsset: VERSIONS, prefix: 'bench-model' }),
  });
  if (!response.ok) throw new Error(`bulk-seed-assets answered ${response.status}: ${await response.text()}`);
}

/** Seeds the models, signs in, and times the two pages' HTML. */
export async function measureAssets(consoleUrl: string, armUrl: string, log: (line: string) => void): Promise<AssetNumbers> {
  const seeding = performance.now();
  await bulkSeedModels(armUrl);
  log(`seeded ${MODELS} models × ${VERSIONS} versions in ${Math.round(performance.now() - seeding)} ms`);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(`${consoleUrl}/signin?next=%2Fregistries`);
    await page.locator('html[data-hydrated="true"]').waitFor();
    await page.getByRole('button', { name: /owner@contoso\.onmicrosoft\.com/i }).click();
    await page.waitForURL((url) => url.pathname === '/registries', { timeout: 60_000 });
    const registryPath = `/registries/${REGISTRY.subscriptionId}/${REGISTRY.resourceGroup}/${REGISTRY.registryName}`;
    const timeHtml = async (path: string, mustContain: string): Promise<number> => {
      const started = performance.now();
      const response = await page.request.get(`${consoleUrl}${path}`);
      const html = await response.text();
      const ms = performance.now() - started;
      if (response.status() !== 200 || !html.includes(mustContain)) throw new Error(`${path} answered ${response.status()} without ${mustContain}`);
      return ms;
    };
    const sample = async (path: string, mustContain: string) => {
      const cold = await timeHtml(path, mustContain);
      const warm: number[] = [];
      for (let i = 0; i < SAMPLES; i++) warm.push(await timeHtml(path, mustContain));
      return { cold, warm: median(warm) };
    };
    const tab = await sample(`${registryPath}?tab=models`, 'bench-model-');
    const asset = await sample(`${registryPath}/assets/models/bench-model-02500`, 'azureml://registries/nlp-experiments/models/bench-model-02500/versions/3');
    return { models: MODELS, modelsTabMs: tab.warm, modelsTabColdMs: tab.cold, assetPageMs: asset.warm, assetPageColdMs: asset.cold };
  } finally {
    await browser.close();
  }
}
