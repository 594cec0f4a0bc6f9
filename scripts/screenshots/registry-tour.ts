// The registry page's tabs at each screen, an asset page of each kind, a publish page and the asset search.
// Tabs about the registry itself are shown on the tour's new registry (its deployment, its role
// assignments); the asset tabs and pages on the seeded contoso-prod-registry, which holds every kind.
import { SEED_SUBSCRIPTIONS } from '@/lib/emulator/seed';
import { PHONE, resize, SCREENS, shoot, visit, WAIT, type Screen, type Tour } from './shoot';

const REGISTRY_TABS = ['overview', 'regions', 'connect', 'deployments', 'access-control', 'export'] as const;
const ASSET_TABS = ['models', 'environments', 'components', 'data'] as const;
const SEEDED_NAME = 'contoso-prod-registry';
/** The seeded registry holding every kind of asset (lib/emulator/seed/assets.ts). */
export const SEEDED_REGISTRY = `/registries/${SEED_SUBSCRIPTIONS.production.id}/rg-ml-prod/${SEEDED_NAME}`;
/** One seeded asset of each kind. */
const ASSETS = [
  ['models', 'credit-risk-classifier'],
  ['environments', 'sklearn-1-5'],
  ['components', 'train-credit-model'],
  ['data', 'credit-applications'],
] as const;

// Opens a tab by its URL and waits until its content has replaced its skeletons.
async function showTab(tour: Tour, registryPath: string, registryName: string, tab: string): Promise<void> {
  await visit(tour, tab === 'overview' ? registryPath : `${registryPath}?tab=${tab}`);
  await tour.page.getByRole('heading', { level: 1, name: registryName }).waitFor(WAIT);
  await tour.page.locator('.fui-Skeleton').first().waitFor({ state: 'detached', ...WAIT });
  // An asset tab's version counts arrive after its rows ("…" meanwhile).
  await tour.page.getByRole('cell', { name: '…', exact: true }).first().waitFor({ state: 'detached', ...WAIT });
}

/** Every tab at every screen: registry tabs numbered 1-6, asset tabs 7-10 (the order of the tour's list). */
export async function tourRegistryTabs(tour: Tour, registryPath: string, registryName: string): Promise<void> {
  for (const screen of SCREENS) {
    await resize(tour, screen);
    for (const [index, tab] of REGISTRY_TABS.entries()) {
      await showTab(tour, registryPath, registryName, tab);
      await shoot(tour, `registry-${index + 1}-${tab}`, screen);
    }
    for (const [index, tab] of ASSET_TABS.entries()) {
      await showTab(tour, SEEDED_REGISTRY, SEEDED_NAME, tab);
      await shoot(tour, `registry-${REGISTRY_TABS.length + index + 1}-${tab}`, screen);
    }
  }
}

async function shootAsset(tour: Tour, kind: string, asset: string, screen: Screen): Promise<void> {
  await visit(tour, `${SEEDED_REGISTRY}/assets/${kind}/${asset}`);
  await tour.page.getByRole('heading', { level: 1, name: asset }).waitFor(WAIT);
  await tour.page.getByRole('heading', { name: /^Version / }).first().waitFor(WAIT);
  await tour.page.locator('.fui-Skeleton').first().waitFor({ state: 'detached', ...WAIT });
  await shoot(tour, `asset-${kind}`, screen);
}

/** The model's page at every screen; the other kinds' pages on a phone, where they are tightest. */
export async function tourAssets(tour: Tour): Promise<void> {
  for (const screen of SCREENS) {
    await resize(tour, screen);
    await shootAsset(tour, 'models', 'credit-risk-classifier', screen);
  }
  await resize(tour, PHONE);
  for (const [kind, asset] of ASSETS.slice(1)) await shootAsset(tour, kind, asset, PHONE);
}

/** Publishing a model (empty, at every screen; filled in, on a phone) and an environment (on a phone). */
export async function tourPublish(tour: Tour): Promise<void> {
  const { page } = tour;
  for (const screen of SCREENS) {
    await resize(tour, screen);
    await visit(tour, `${SEEDED_REGISTRY}/publish/models`);
    await page.getByRole('heading', { level: 1, name: 'Publish a model' }).waitFor(WAIT);
    await shoot(tour, 'publish-models', screen);
  }
  await resize(tour, PHONE);
  await page.getByLabel('Name').fill('churn-predictor-with-a-rather-long-name');
  await page.getByLabel('Description').fill('Predicts which customers will leave next quarter, from the CRM export.');
  await page.getByLabel('Tags').fill('team=crm\nstage=dev');
  await page.getByLabel('Files to upload', { exact: true }).setInputFiles([
    { name: 'MLmodel', mimeType: 'text/yaml', buffer: Buffer.from('flavors:\n  python_function: {}\n') },
    { name: 'model-weights-final-2026-11-30.safetensors', mimeType: 'application/octet-stream', buffer: Buffer.alloc(300_000, 7) },
  ]);
  await page.getByRole('list', { name: 'Files to upload' }).getByText('MLmodel').waitFor(WAIT);
  await shoot(tour, 'publish-models-filled', PHONE);
  await visit(tour, `${SEEDED_REGISTRY}/publish/environments`);
  await page.getByRole('heading', { level: 1, name: 'Publish an environment' }).waitFor(WAIT);
  await shoot(tour, 'publish-environments', PHONE);
}

/** Asset search for "credit" (a model, a component and a data asset match) at every screen. */
export async function tourSearch(tour: Tour): Promise<void> {
  for (const screen of SCREENS) {
    await resize(tour, screen);
    await visit(tour, '/assets/search?q=credit');
    await tour.page.getByRole('status').filter({ hasText: /named like/ }).waitFor(WAIT);
    await tour.page.getByRole('table', { name: `Matching assets in ${SEEDED_NAME}` }).waitFor(WAIT);
    await shoot(tour, 'asset-search', screen);
  }
}
