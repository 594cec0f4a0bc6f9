// A running operation lives in the page's URL: a reload mid-operation resumes its banner and polling until it
// completes (then the URL forgets it), and a hand-made or foreign operation link gets a calm notice, not a crash.
import { expect, test } from '@playwright/test';
import { signInAs } from '../support/auth';
import { gotoHydrated } from '../support/hydration';
import { addHttpFault, createTestRegistry, registryRegions } from './registry-fixture';

test.beforeEach(async ({ page }) => {
  await signInAs(page);
});

test('a reload in the middle of adding a region resumes the banner, which then completes', async ({ page, request }) => {
  // Its own primary region, so the slowed status reads below concern only this test's operation.
  const registry = await createTestRegistry(request, { prefix: 'e2e-resume', regions: ['canadacentral'] });
  await gotoHydrated(page, `${registry.path}?tab=regions`);
  // At test speed adding a region ends within seconds: slow the status reads so the reload lands mid-operation.
  const statusPath = `/subscriptions/${registry.subscriptionId}/providers/Microsoft.MachineLearningServices/locations/canadacentral/registryOperationsStatus/*`;
  await addHttpFault(request, { match: { method: 'GET', path: statusPath }, latencyMs: 2500, times: 3 });

  const dialog = page.getByRole('dialog', { name: 'Add regions' });
  await page.getByRole('button', { name: 'Add regions' }).click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('combobox').click();
  await page.getByRole('menuitemcheckbox', { name: /Japan East/ }).click();
  await page.keyboard.press('Escape');
  await dialog.getByRole('button', { name: 'Add region' }).click();
  const banner = page.getByRole('status').filter({ hasText: 'Adding region japaneast' });
  await expect(banner).toContainText('Running');
  // The URL carries the operation (replaced, not pushed: Back leaves the page, it does not replay the start).
  await expect(page).toHaveURL(/[?&]op=[A-Za-z0-9_-]+&opKind=addRegions&opRegions=japaneast/);
  expect(new URL(page.url()).searchParams.get('tab')).toBe('regions');

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
  await expect(banner).toContainText('Running');
  await page.screenshot({ path: test.info().outputPath('resumed.png'), fullPage: true });
  await expect(page.getByText('Adding region japaneast: done')).toBeVisible({ timeout: 30_000 });
  await expect(page).not.toHaveURL(/[?&]op=/);
  await expect(page).toHaveURL(/[?&]tab=regions/);
  const added = (await registryRegions(request, registry)).find((r) => r.location === 'japaneast');
  expect(added?.storage).toBeTruthy();
  await expect(page.getByRole('table', { name: 'Regions' }).getByRole('row', { name: /Japan East/ })).toContainText(added!.storage!, { timeout: 20_000 });

  // Finished and cleared: another reload shows no banner.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
  await expect(page.getByRole('heading', { level: 1, name: registry.name })).toBeVisible();
  await expect(page.getByText('Adding region japaneast')).toHaveCount(0);
});

test('an operation link that is garbage, foreign or hand-made gets a calm notice and the page keeps working', async ({ page, request }) => {
  const registry = await createTestRegistry(request, { prefix: 'e2e-badop', regions: ['eastus'] });
  const foreign = Buffer.from(
    JSON.stringify({ kind: 'azure-async-operation', pollUrl: 'https://attacker.example/steal', startedAt: new Date().toISOString() }),
    'utf8',
  ).toString('base64url');
  // Another subscription's operation on the right endpoint is refused as well.
  const otherSubscription = Buffer.from(
    JSON.stringify({
      kind: 'azure-async-operation',
      pollUrl: `${process.env.E2E_ARM_URL}/subscriptions/00000000-0000-0000-0000-000000000000/providers/Microsoft.MachineLearningServices/locations/eastus/registryOperationsStatus/x?api-version=2025-09-01`,
      startedAt: new Date().toISOString(),
    }),
    'utf8',
  ).toString('base64url');
  const links: [string, RegExp][] = [
    ['op=%25%25not-a-handle&opKind=addRegions&opRegions=japaneast', /base64url/],
    [`op=${foreign}&opKind=delete`, /pollUrl|endpoint/i],
    [`op=${otherSubscription}&opKind=delete`, /subscription/],
    ['op=abc&opKind=formatDisk', /which kind of operation/],
  ];
  for (const [query, reason] of links) {
    await gotoHydrated(page, `${registry.path}?${query}`);
    const notice = page.getByRole('status').filter({ hasText: "This operation can't be followed" });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText(reason);
    await expect(page.getByRole('heading', { level: 1, name: registry.name })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Edit tags' })).toBeEnabled();
    await expect(page).not.toHaveURL(/[?&]op=/);
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toHaveCount(0);
  }
  await page.screenshot({ path: test.info().outputPath('unfollowable.png'), fullPage: true });
});
