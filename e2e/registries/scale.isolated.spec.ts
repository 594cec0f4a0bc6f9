// With 10,000 registries the table stays virtualized: the DOM holds a screenful of rows (fewer than 200),
// scrolling to the end shows the last registry, and search still filters. The bulk-seeded names start with
// "zz-" so they sort after every other spec's registries and do not push those out of view.
import { expect, test } from '@playwright/test';
import { signInAs } from '../support/auth';
import { ARM_URL } from '../support/emulator';
import { gotoHydrated } from '../support/hydration';
import { bodyRows, registriesTable, uniquePrefix, waitForCompleteList } from './list-support';

const COUNT = 10_000;

test.beforeEach(async ({ page }) => {
  await signInAs(page);
});

test('with 10,000 registries the DOM holds fewer than 200 rows, and the last one scrolls into view', async ({ page, request }) => {
  test.setTimeout(180_000);
  const prefix = uniquePrefix('zz-scale');
  const response = await request.post(`${ARM_URL}/_emulator/bulk-seed`, { data: { subscriptions: 1, registries: COUNT, prefix }, timeout: 120_000 });
  expect(response.ok(), await response.text()).toBe(true);

  // "-reg-" matches the registries' names only (their resource groups are "{prefix}-rg-…").
  await gotoHydrated(page, `/registries?q=${prefix}-reg-`);
  await waitForCompleteList(page);
  await expect(page.locator('#registries-count')).toHaveText(/^Showing 10,000 of [\d,]+ registries$/);
  const table = registriesTable(page);
  await expect(table).toHaveAttribute('aria-rowcount', String(COUNT + 1));
  expect(await table.locator('[role="row"]').count()).toBeLessThan(200);

  // Scroll to the end: the last registry is rendered, and the DOM is still small.
  await page.getByRole('region', { name: 'Registries table' }).evaluate((scroller) => scroller.scrollTo({ top: scroller.scrollHeight }));
  await expect(bodyRows(page).getByRole('link', { name: `${prefix}-reg-10000`, exact: true })).toBeVisible();
  expect(await table.locator('[role="row"]').count()).toBeLessThan(200);

  await page.getByRole('searchbox').fill(`${prefix}-reg-0999`);
  await expect(page.locator('#registries-count')).toHaveText(/^Showing 10 of /);
});
