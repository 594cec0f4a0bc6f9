// Create: a registry deployment's page lists the registry and every managed resource, the rows move to
// Succeeded as ARM provisions them, and "Go to resource" opens the registry.
import { expect, test } from '@playwright/test';
import { signInAs } from '../support/auth';
import { gotoHydrated } from '../support/hydration';
import { ALL_REGIONS, chainedRegistriesBundle, readDeployment, registryBundle, startDeployment, uniqueName } from './support';

// The table's columns, and a duration as the page formats one ("850 ms", "4.2 s", "37 s", "3 min 5 s").
const COLUMNS = ['Resource', 'Type', 'Region', 'Status', 'Start', 'Duration', 'Operation details'];
const DURATION = /^(\d+ ms|\d+(\.\d)? s|\d+ min \d+ s)$/;

test.beforeEach(async ({ page }) => {
  await signInAs(page);
});

test('rows move to Succeeded and "Go to resource" opens the registry', async ({ page, request }) => {
  // 28 regions: 28 storage accounts, the container registry and 27 replications take several seconds at test speed.
  const deployment = await startDeployment(request, registryBundle(uniqueName('e2edp'), ALL_REGIONS));
  await gotoHydrated(page, deployment.path);
  await expect(page.getByRole('heading', { level: 1, name: deployment.deploymentName })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Deployment is in progress' })).toBeVisible();

  const table = page.getByRole('table', { name: 'Deployment details' });
  const rows = table.getByRole('row');
  // Header + the registry + 28 storage accounts + the container registry + 27 replications.
  await expect(rows).toHaveCount(1 + 1 + 28 + 1 + 27);
  await expect(rows.filter({ hasText: deployment.registryName }).first()).toContainText('Azure Machine Learning registry');
  await expect(table.locator('[data-status]:not([data-status="succeeded"])').first()).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('in-progress.png'), fullPage: true });

  await expect(page.getByRole('heading', { name: 'Your deployment is complete' })).toBeVisible({ timeout: 25_000 });
  await expect(table.locator('[data-status]')).toHaveCount(57);
  await expect(table.locator('[data-status="succeeded"]')).toHaveCount(57);
  await expect(page.getByText('57 of 57 resources done')).toBeVisible();
  // Finished managed resources show how long they took (ARM's createdTime to changedTime), not "—" (issue 15).
  const durationOf = (rowKey: string) => table.locator(`[data-row-key^="${rowKey}"]`).first().getByRole('cell').nth(COLUMNS.indexOf('Duration'));
  for (const rowKey of ['storage:', 'acr', 'replication:']) await expect(durationOf(rowKey)).toHaveText(DURATION);
  const arm = await readDeployment(request, deployment);
  await expect(page.getByLabel('Deployment summary')).toContainText(arm.properties.correlationId);
  await page.screenshot({ path: test.info().outputPath('complete.png'), fullPage: true });

  await page.getByRole('link', { name: 'Go to resource' }).click();
  await expect(page).toHaveURL(new RegExp(`/registries/[^/]+/${deployment.resourceGroup}/${deployment.registryName}$`));
});

test('a reload in mid-deployment keeps showing live progress from ARM', async ({ page, request }) => {
  test.setTimeout(60_000);
  // Two 28-region registries, the second after the first: long enough at test speed to reload in the middle.
  const base = uniqueName('e2edr');
  const deployment = await startDeployment(request, chainedRegistriesBundle([base, `${base}b`], ALL_REGIONS));
  await gotoHydrated(page, deployment.path);
  await expect(page.getByRole('heading', { name: 'Deployment is in progress' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Deployment details' });
  await expect(table.locator('[data-status]')).toHaveCount(57);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
  // The reloaded page reads ARM again: the same deployment, still running, every resource listed.
  await expect(page.getByRole('heading', { name: 'Deployment is in progress' })).toBeVisible();
  await expect(table.locator('[data-status]').first()).toBeVisible();
  expect((await readDeployment(request, deployment)).properties.provisioningState).toBe('Running');
  // …and it keeps polling to the end without another reload: the second registry appears and everything succeeds.
  await expect(page.getByRole('heading', { name: 'Your deployment is complete' })).toBeVisible({ timeout: 30_000 });
  // Exact cell: managed resource names start with their registry's name plus random hex (which may begin with 'b').
  await expect(table.getByRole('cell', { name: `${base}b`, exact: true })).toHaveCount(1);
  const statuses = table.locator('[data-status]');
  await expect(statuses).toHaveCount(58);
  await expect(table.locator('[data-status="succeeded"]')).toHaveCount(58);
});
