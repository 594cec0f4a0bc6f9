// A kind with more assets than one ARM page: the tab renders the first page, loads the next as the person
// scrolls to the end, and a search reads on until it has seen every page.
import { expect, test } from '@playwright/test';
import { signInAs } from '../support/auth';
import { ARM_URL } from '../support/emulator';
import { createTestRegistry } from '../registry-page/registry-fixture';

test('scrolling loads the next page and a search finds an asset on the last page', async ({ page, request }) => {
  const registry = await createTestRegistry(request, { prefix: 'e2e-asset-paging', regions: ['eastus'] });
  const seeded = await request.post(`${ARM_URL}/_emulator/bulk-seed-assets`, {
    data: { subscriptionId: registry.subscriptionId, resourceGroup: registry.resourceGroup, registryName: registry.name, kind: 'models', assets: 250, versionsPerAsset: 1, prefix: 'paged' },
  });
  expect(seeded.status(), await seeded.text()).toBe(200);
  await signInAs(page, undefined, `${registry.path}?tab=models`);
  const status = page.getByRole('status').filter({ hasText: 'models shown' });
  await expect(status).toHaveText('100 models shown, 100 loaded so far');
  await page.getByRole('region', { name: 'Models table' }).evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await expect(status).toHaveText('200 models shown, 200 loaded so far');
  await page.getByRole('searchbox', { name: 'Search models' }).fill('paged-00249');
  await expect(page.getByRole('table', { name: 'Models' }).getByRole('link', { name: 'paged-00249', exact: true })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'shown' })).toHaveText('1 shown of 250 in total');
});
