// Search, each filter and sort narrow or order the list, live in the URL and survive a reload; Export CSV
// downloads exactly the rows shown. Each test seeds its own registries under a unique prefix.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { signInAs } from '../support/auth';
import { gotoHydrated } from '../support/hydration';
import { bodyRows, registriesTable, seedRegistries, shownNames, uniquePrefix, waitForCompleteList, type SeededRegistries } from './list-support';

test.beforeEach(async ({ page }) => {
  await signInAs(page);
});

const sortedNames = (registries: SeededRegistries['registries']) => registries.map((registry) => registry.name).sort();

async function openList(page: Page, query = '') {
  await gotoHydrated(page, `/registries${query}`);
  await waitForCompleteList(page);
}

// Reloading must show the same rows, in the same order, from the URL alone (once the URL carries `param`).
async function expectSameAfterReload(page: Page, names: string[], param: string) {
  await expect.poll(() => shownNames(page)).toEqual(names);
  await expect.poll(() => new URL(page.url()).search).toContain(param);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
  await expect.poll(() => shownNames(page)).toEqual(names);
}

test('search matches name, resource group and tag values, and survives a reload', async ({ page, request }) => {
  const seeded = await seedRegistries(request, uniquePrefix('srch'), 6);
  await openList(page);
  await page.getByRole('searchbox', { name: /Search registries/ }).fill(seeded.prefix);
  await expectSameAfterReload(page, sortedNames(seeded.registries), `q=${seeded.prefix}`);
  await expect(page.getByRole('searchbox')).toHaveValue(seeded.prefix);

  // A tag value: the cost centre of the first registry, within this prefix's resource group name.
  const costCenter = seeded.registries[0].tags!.costCenter;
  await page.getByRole('searchbox').fill(`${costCenter}`);
  await expect(bodyRows(page).first()).toContainText(costCenter);
});

test('the subscription, resource group and region filters each narrow the list and survive a reload', async ({ page, request }) => {
  const seeded = await seedRegistries(request, uniquePrefix('filt'), 8);
  await openList(page);

  await page.getByRole('combobox', { name: 'Filter by subscription' }).click();
  await page.getByRole('menuitemcheckbox', { name: seeded.subscriptionName }).click();
  await page.keyboard.press('Escape');
  await expectSameAfterReload(page, sortedNames(seeded.registries), `sub=${seeded.subscriptionId}`);

  const group = `${seeded.prefix}-rg-vision`;
  const inGroup = seeded.registries.filter((registry) => registry.id.toLowerCase().includes(`/resourcegroups/${group.toLowerCase()}/`));
  expect(inGroup.length).toBeGreaterThan(0);
  await page.getByRole('combobox', { name: 'Filter by resource group' }).click();
  await page.getByRole('menuitemcheckbox', { name: group, exact: true }).click();
  await page.keyboard.press('Escape');
  await expectSameAfterReload(page, sortedNames(inGroup), `rg=${group}`);

  // Region: clear the others, then pick the first seeded registry's primary region within this subscription.
  await page.goto(`/registries?sub=${seeded.subscriptionId}&region=${seeded.registries[0].location}`);
  const inRegion = seeded.registries.filter((registry) => registry.location === seeded.registries[0].location);
  await expect(page.getByRole('combobox', { name: 'Filter by region' })).not.toHaveText('');
  await expectSameAfterReload(page, sortedNames(inRegion), `region=${seeded.registries[0].location}`);
});

test('every column header sorts, announces its direction, and the sort survives a reload', async ({ page, request }) => {
  const seeded = await seedRegistries(request, uniquePrefix('sort'), 5);
  await openList(page, `?q=${seeded.prefix}`);
  const table = registriesTable(page);
  const nameHeader = table.getByRole('columnheader', { name: 'Name' });
  await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
  await nameHeader.getByRole('button').click();
  await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
  await expectSameAfterReload(page, sortedNames(seeded.registries).reverse(), 'dir=desc');
  await expect(table.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'descending');

  // Created: newest first after two activations (ascending, then descending).
  const created = table.getByRole('columnheader', { name: 'Created', exact: true });
  await created.getByRole('button').click();
  await created.getByRole('button').click();
  await expect(created).toHaveAttribute('aria-sort', 'descending');
  const newestFirst = [...seeded.registries]
    .sort((a, b) => (b.systemData?.createdAt ?? '').localeCompare(a.systemData?.createdAt ?? '') || b.id.localeCompare(a.id))
    .map((registry) => registry.name);
  await expect.poll(() => shownNames(page)).toEqual(newestFirst);

  // Every other header sorts too (keyboard: Enter on the header button).
  for (const label of ['Resource group', 'Subscription', 'Primary region', 'Additional regions', 'Public network access', 'Created by', 'Status', 'Tags']) {
    const header = table.getByRole('columnheader', { name: label, exact: true });
    await header.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
  }
});

test('Export CSV downloads exactly the rows shown', async ({ page, request }) => {
  const seeded = await seedRegistries(request, uniquePrefix('csv'), 7);
  const region = seeded.registries[0].location;
  const expected = sortedNames(seeded.registries.filter((registry) => registry.location === region));
  await openList(page, `?q=${seeded.prefix}&region=${region}`);
  await expect.poll(() => shownNames(page)).toEqual(expected);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  const csv = await readFile((await download.path())!, 'utf8');
  const [header, ...lines] = csv.trimEnd().split('\r\n');
  expect(header).toBe('Name,Status,Resource group,Subscription,Primary region,Additional regions,Public network access,Created,Created by,Tags');
  expect(lines.map((line) => line.split(',')[0])).toEqual(expected);
  expect(lines.every((line) => line.includes(seeded.subscriptionName))).toBe(true);
});
