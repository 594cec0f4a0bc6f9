// The Columns menu chooses which columns the table shows, by keyboard alone; the choice lives in the URL and
// survives a reload; Name cannot be hidden.
import { expect, test, type Page } from '@playwright/test';
import { signInAs } from '../support/auth';
import { gotoHydrated } from '../support/hydration';
import { bodyRows, registriesTable, seedRegistries, uniquePrefix, waitForCompleteList } from './list-support';

const ALL_HEADERS = 10;

function headers(page: Page) {
  return registriesTable(page).getByRole('columnheader');
}

// Opens the menu from the keyboard and moves focus to `item` with the arrow keys (Fluent's roving focus).
async function focusMenuItem(page: Page, item: string) {
  const button = page.getByRole('button', { name: /^Columns/ });
  // Disabled until the list's part of the page hydrates: a key pressed before that would be lost.
  await expect(button).toBeEnabled();
  await button.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: /^Columns/ });
  await expect(menu).toBeVisible();
  const target = menu.getByRole('menuitemcheckbox', { name: item, exact: true });
  for (let step = 0; step < ALL_HEADERS; step++) {
    if (await target.evaluate((element) => element === document.activeElement)) break;
    await page.keyboard.press('ArrowDown');
  }
  await expect(target).toBeFocused();
  return { menu, target, button };
}

test.beforeEach(async ({ page }) => {
  await signInAs(page);
});

test('a column hidden from the keyboard leaves the table, stays hidden after a reload, and comes back', async ({ page, request }) => {
  // Two full loads of the list and a bulk seed: more than the default budget on a busy machine.
  test.setTimeout(60_000);
  const seeded = await seedRegistries(request, uniquePrefix('cols'), 2);
  await gotoHydrated(page, `/registries?q=${seeded.prefix}`);
  await waitForCompleteList(page);
  await expect(headers(page)).toHaveCount(ALL_HEADERS);
  await expect(bodyRows(page).first().getByRole('cell')).toHaveCount(ALL_HEADERS);

  const { target, button } = await focusMenuItem(page, 'Created by');
  await expect(target).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.press('Space');
  await expect(target).toHaveAttribute('aria-checked', 'false');
  await page.keyboard.press('Escape');
  await expect(button).toBeFocused();
  await expect(button).toHaveAccessibleName('Columns, 1 hidden');

  await expect(headers(page)).toHaveCount(ALL_HEADERS - 1);
  await expect(registriesTable(page).getByRole('columnheader', { name: 'Created by' })).toHaveCount(0);
  await expect(bodyRows(page).first().getByRole('cell')).toHaveCount(ALL_HEADERS - 1);
  await expect.poll(() => new URL(page.url()).searchParams.getAll('hide')).toEqual(['createdBy']);

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
  await expect(headers(page)).toHaveCount(ALL_HEADERS - 1);
  await expect(registriesTable(page).getByRole('columnheader', { name: 'Created by' })).toHaveCount(0);

  const again = await focusMenuItem(page, 'Created by');
  await page.keyboard.press('Space');
  await expect(again.target).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.press('Escape');
  await expect(registriesTable(page).getByRole('columnheader', { name: 'Created by' })).toHaveCount(1);
  await expect.poll(() => new URL(page.url()).searchParams.getAll('hide')).toEqual([]);
});

test('Name is always shown: its menu item is checked and cannot be unchecked', async ({ page }) => {
  await gotoHydrated(page, '/registries?hide=name&hide=tags');
  await expect(registriesTable(page).getByRole('columnheader', { name: 'Name' })).toHaveCount(1);
  await expect(registriesTable(page).getByRole('columnheader', { name: 'Tags' })).toHaveCount(0);
  const { target } = await focusMenuItem(page, 'Name (always shown)');
  await expect(target).toHaveAttribute('aria-checked', 'true');
  await expect(target).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Space');
  await expect(target).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.press('Escape');
  await expect(registriesTable(page).getByRole('columnheader', { name: 'Name' })).toHaveCount(1);
});
