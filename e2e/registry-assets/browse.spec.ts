// Browsing a seeded registry's assets: each kind's tab lists its assets with latest version, version count
// and who created them; search and the archived toggle live in the URL and survive a reload; an asset page
// shows its versions, a version's properties, replication, files (downloaded straight from storage) and
// the "use this asset" snippets.
import { expect, test } from '@playwright/test';
import { signInAs } from '../support/auth';
import { gotoHydrated } from '../support/hydration';
import { SEEDED } from './asset-fixture';

test.beforeEach(async ({ page }) => {
  await signInAs(page);
});

const KINDS: [string, string, string][] = [
  ['Models', 'credit-risk-classifier', 'fraud-detector'],
  ['Environments', 'sklearn-1-5', 'pytorch-2-3-cuda'],
  ['Components', 'train-credit-model', 'prep-data'],
  ['Data', 'credit-applications', 'iris-mltable'],
];

test('each asset kind has a tab listing the seeded assets', async ({ page }) => {
  await gotoHydrated(page, SEEDED.path);
  for (const [tab, first, second] of KINDS) {
    await page.getByRole('tab', { name: tab, exact: true }).click();
    const table = page.getByRole('table', { name: tab });
    await expect(table.getByRole('link', { name: first, exact: true })).toBeVisible();
    await expect(table.getByRole('link', { name: second, exact: true })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`tab=${tab.toLowerCase()}`));
  }
  await page.getByRole('tab', { name: 'Models', exact: true }).click();
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'credit-risk-classifier', exact: true }) });
  // Latest version, then the count of every version (archived version 2 included), and the creator.
  await expect(row.getByRole('cell').nth(1)).toHaveText('6');
  await expect(row.getByRole('cell').nth(2)).toHaveText('6');
  await expect(row).toContainText('owner@contoso.onmicrosoft.com');
});

test('search and the archived toggle are in the URL and survive a reload', async ({ page }) => {
  await gotoHydrated(page, `${SEEDED.path}?tab=models`);
  const table = page.getByRole('table', { name: 'Models' });
  await expect(table.getByRole('link', { name: 'legacy-churn-model' })).toHaveCount(0);
  await page.getByRole('switch', { name: 'Show archived' }).check();
  await expect(table.getByRole('link', { name: 'legacy-churn-model' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search models' }).fill('churn');
  await expect(table.getByRole('link', { name: 'credit-risk-classifier' })).toHaveCount(0);
  await expect(page).toHaveURL(/q=churn/);
  await expect(page).toHaveURL(/archived=1/);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
  await expect(page.getByRole('searchbox', { name: 'Search models' })).toHaveValue('churn');
  await expect(page.getByRole('table', { name: 'Models' }).getByRole('link', { name: 'legacy-churn-model' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Models' }).getByRole('link', { name: 'credit-risk-classifier' })).toHaveCount(0);
  // A tag filter narrows to assets carrying the tag.
  await page.getByRole('searchbox', { name: 'Search models' }).fill('');
  await page.getByRole('textbox', { name: 'Filter by tag' }).fill('no-such-tag');
  await expect(page.getByRole('table', { name: 'Models' })).toContainText('No models match the search and tag filter.');
});

test('an asset page shows versions, properties, replication, files and snippets; a file downloads from storage', async ({ page }) => {
  await gotoHydrated(page, `${SEEDED.path}?tab=models`);
  await page.getByRole('table', { name: 'Models' }).getByRole('link', { name: 'credit-risk-classifier', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'credit-risk-classifier' })).toBeVisible();
  const versions = page.getByRole('table', { name: 'Versions' });
  await expect(versions.getByRole('row')).toHaveCount(7);
  await expect(page.getByRole('heading', { name: 'Version 6' })).toBeVisible();
  await expect(page.getByLabel('Properties', { exact: true })).toContainText('mlflow');
  await expect(page.getByRole('table', { name: 'Replication by region' }).getByRole('row')).toHaveCount(4);
  await expect(page.getByRole('table', { name: 'Replication by region' })).toContainText('Replicated');
  await expect(page.locator('pre[aria-label="Asset URI"]')).toHaveText('azureml://registries/contoso-prod-registry/models/credit-risk-classifier/versions/6');
  await expect(page.locator('pre[aria-label="Python SDK"]')).toContainText('registry_name="contoso-prod-registry"');
  const link = page.getByRole('link', { name: 'Download MLmodel' });
  const href = await link.getAttribute('href');
  // The browser goes to storage itself (a SAS URL on the blob endpoint), never through the console.
  expect(new URL(href!).origin).not.toBe(new URL(page.url()).origin);
  const download = await page.request.get(href!);
  expect(download.status()).toBe(200);
  expect(await download.text()).toContain('flavors');

  await versions.getByRole('link', { name: '2', exact: true }).click();
  await expect(page).toHaveURL(/version=2/);
  await expect(page.getByRole('heading', { name: 'Version 2' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Restore version 2' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Version 2' })).toBeVisible();
});

test('other kinds show their own properties', async ({ page }) => {
  const asset = (kind: string, name: string) => `${SEEDED.path}/assets/${kind}/${name}`;
  await gotoHydrated(page, asset('environments', 'sklearn-1-5'));
  await expect(page.getByLabel('Properties', { exact: true })).toContainText('Image');
  await expect(page.locator('pre[aria-label="Conda file"]')).toBeVisible();
  await gotoHydrated(page, asset('components', 'train-credit-model'));
  await expect(page.getByLabel('Properties', { exact: true })).toContainText('training_data (uri_folder)');
  await expect(page.locator('pre[aria-label="Component YAML"]')).toBeVisible();
  await gotoHydrated(page, asset('data', 'credit-applications'));
  await expect(page.getByLabel('Properties', { exact: true })).toContainText('uri_file');
  await expect(page.getByRole('link', { name: 'Download applications.csv' })).toBeVisible();
  await gotoHydrated(page, asset('models', 'no-such-model'));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/not found/i);
});
