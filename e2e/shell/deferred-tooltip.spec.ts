// Tooltips on a page's first view are downloaded on the first hover or focus (components/shell/deferred-tooltip.tsx):
// the trigger is described from the first render, focus stays on it while Fluent's Tooltip replaces the
// stand-in, and the tip shows on focus and on hover.
import { expect, test } from '@playwright/test';
import { signInAs } from '../support/auth';
import { gotoHydrated } from '../support/hydration';

test.beforeEach(async ({ page }) => {
  await signInAs(page);
});

test('the theme button is described before its tooltip loads, keeps focus when it does, and shows the tip on focus and hover', async ({ page }) => {
  await gotoHydrated(page, '/registries');
  const button = page.getByRole('button', { name: /^Theme:/ });
  await expect(button).toHaveAccessibleDescription('Theme');
  await expect(page.getByRole('tooltip')).toHaveCount(0);

  await button.focus();
  await expect(page.getByRole('tooltip')).toHaveText('Theme');
  await expect(button).toBeFocused();
  await expect(button).toHaveAccessibleDescription('Theme');

  await page.keyboard.press('Escape');
  await expect(page.getByRole('tooltip')).toBeHidden();
  await page.getByRole('heading', { level: 1 }).hover();
  await button.hover();
  await expect(page.getByRole('tooltip')).toHaveText('Theme');
});
