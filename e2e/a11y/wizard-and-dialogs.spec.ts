// axe-core over every create-wizard step and every registry-page dialog, light and dark, on a phone and a
// laptop: no serious or critical violation outside the one allow-list (axe-allow-list.ts).
import { expect, test, type Locator, type Page } from '@playwright/test';
import { signInAs } from '../support/auth';
import { gotoHydrated } from '../support/hydration';
import { createTestRegistry, type TestRegistry } from '../registry-page/registry-fixture';
import { VIEWPORTS } from '../responsive/pages-under-test';
import { blockingViolations } from './axe-scan';

const STEPS = [
  { step: 'basics', heading: 'Basics' },
  { step: 'regions', heading: 'Regions' },
  { step: 'tags', heading: 'Tags' },
  { step: 'review', heading: 'Review + create' },
];

let registry: TestRegistry;

test.beforeAll(async ({ request }) => {
  registry = await createTestRegistry(request, { prefix: 'e2e-axedlg', regions: ['eastus', 'westeurope'], tags: { team: 'axe' } });
});

// Opens a dialog from its (enabled) button by keyboard, scans it, and closes it with Escape.
async function scanDialog(page: Page, button: Locator, dialogName: string | RegExp): Promise<string[]> {
  await expect(button).toBeEnabled();
  await button.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: dialogName });
  await expect(dialog).toBeVisible();
  const found = await blockingViolations(page);
  await page.keyboard.press('Escape');
  // Every dialog gone, not just the named one: a closing dialog loses its title before its surface.
  await expect(page.getByRole('dialog')).toHaveCount(0);
  return found;
}

for (const theme of ['light', 'dark'] as const) {
  for (const [label, viewport] of Object.entries({ phone: VIEWPORTS.phone, laptop: VIEWPORTS.laptop })) {
    test(`wizard steps and registry dialogs: no serious violations, ${theme}, ${label}`, async ({ page, context, baseURL }) => {
      test.setTimeout(120_000);
      await page.setViewportSize(viewport);
      await signInAs(page);
      await context.addCookies([{ name: 'rh-theme', value: theme, url: baseURL! }]);

      for (const { step, heading } of STEPS) {
        await gotoHydrated(page, `/registries/create?step=${step}`);
        await expect(page.locator('html')).toHaveAttribute('data-theme-preference', theme);
        await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
        expect(await blockingViolations(page), `wizard ${step}`).toEqual([]);
      }

      await gotoHydrated(page, registry.path);
      await expect(page.getByRole('heading', { level: 1, name: registry.name })).toBeVisible();
      const edit = page.getByRole('button', { name: 'Edit tags' });
      expect(await scanDialog(page, edit, 'Edit tags and description'), 'Edit tags dialog').toEqual([]);
      const remove = page.getByRole('button', { name: 'Delete', exact: true });
      expect(await scanDialog(page, remove, `Delete ${registry.name}?`), 'Delete dialog').toEqual([]);
      const tab = page.getByRole('tab', { name: 'Regions' });
      await tab.focus();
      await page.keyboard.press('Enter');
      const panel = page.getByRole('tabpanel', { name: 'Regions' });
      await expect(panel.getByRole('table', { name: 'Regions' })).toBeVisible();
      const add = panel.getByRole('button', { name: 'Add regions' });
      expect(await scanDialog(page, add, 'Add regions'), 'Add regions dialog').toEqual([]);
      const removeRegion = panel.getByRole('button', { name: /Remove region .*West Europe/ });
      expect(await scanDialog(page, removeRegion, /Remove .*West Europe/), 'Remove region dialog').toEqual([]);
    });
  }
}
