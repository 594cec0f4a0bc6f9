// Closing a registry-page dialog returns focus to the button that opened it, so a keyboard user carries on
// where they were (it used to fall to <body>). Keyboard only: focus the opener, Enter, then Escape.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { signInAs } from '../support/auth';
import { gotoHydrated } from '../support/hydration';
import { createTestRegistry, type TestRegistry } from '../registry-page/registry-fixture';

let registry: TestRegistry;

test.beforeAll(async ({ request }) => {
  registry = await createTestRegistry(request, { prefix: 'e2e-refocus', regions: ['eastus', 'westeurope'], tags: { team: 'focus' } });
});

test.beforeEach(async ({ page }) => {
  await signInAs(page);
  await gotoHydrated(page, registry.path);
  await expect(page.getByRole('heading', { level: 1, name: registry.name })).toBeVisible();
});

async function openAndEscape(page: Page, opener: Locator, dialogName: string | RegExp): Promise<void> {
  await expect(opener).toBeEnabled();
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: dialogName });
  await expect(dialog).toBeVisible();
  // The page behind a modal dialog is hidden from the accessibility tree, so ask the DOM where focus is.
  await expect.poll(() => dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
}

test('Edit tags and Delete return focus to their buttons', async ({ page }) => {
  await openAndEscape(page, page.getByRole('button', { name: 'Edit tags' }), 'Edit tags and description');
  await openAndEscape(page, page.getByRole('button', { name: 'Delete', exact: true }), `Delete ${registry.name}?`);
});

test('Add regions and Remove region return focus to their buttons', async ({ page }) => {
  const tab = page.getByRole('tab', { name: 'Regions' });
  await tab.focus();
  await page.keyboard.press('Enter');
  const table = page.getByRole('table', { name: 'Regions' });
  await expect(table).toBeVisible();
  const panel = page.getByRole('tabpanel', { name: 'Regions' });
  await openAndEscape(page, panel.getByRole('button', { name: 'Add regions' }), 'Add regions');
  await openAndEscape(page, table.getByRole('button', { name: /Remove region .*West Europe/ }), /Remove .*West Europe/);
});
