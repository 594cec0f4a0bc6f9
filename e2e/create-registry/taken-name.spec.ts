// Registry names are unique in the tenant ignoring case: a seeded registry's name, in other casing and from
// another subscription, is refused at the field, and Next does not leave Basics.
import { expect, test } from '@playwright/test';
import { SEED_REGISTRIES, SEED_SUBSCRIPTIONS } from '@/lib/emulator/seed';
import { signInAs, UPN } from '../support/auth';
import { fillBasics, pressButton } from './wizard';

test.beforeEach(async ({ page }) => {
  await signInAs(page, UPN.owner, '/registries/create');
});

test('a taken name is refused at the field', async ({ page }) => {
  const seeded = SEED_REGISTRIES.find((r) => r.subscriptionId !== SEED_SUBSCRIPTIONS.development.id)!;
  const taken = seeded.name.toUpperCase();
  await fillBasics(page, { subscription: SEED_SUBSCRIPTIONS.development.displayName, resourceGroup: 'rg-ml-dev', name: taken });
  const field = page.getByRole('textbox', { name: 'Registry name' });
  await expect(page.getByText(`A registry in your organization already uses this name (as "${seeded.name}")`)).toBeVisible();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await page.screenshot({ path: test.info().outputPath('taken-name.png'), fullPage: true });

  await pressButton(page, 'Next');
  await expect(page.getByRole('heading', { level: 2, name: 'Basics' })).toBeVisible();
  await expect(page).not.toHaveURL(/step=regions/);
  await expect(page.getByRole('tab', { name: /Basics, has errors/ })).toBeVisible();
});
