// Keyboard focus through the create wizard: each step's arrival puts focus on its heading, Review + create
// on its own, and after Create the progress page's heading has it. Keyboard only, as a keyboard user goes.
import { expect, test } from '@playwright/test';
import { SEED_SUBSCRIPTIONS } from '@/lib/emulator/seed';
import { signInAs, UPN } from '../support/auth';
import { chooseByKeyboard, fillBasics, pressButton, uniqueRegistryName } from '../create-registry/wizard';

const SUB = SEED_SUBSCRIPTIONS.development;

test('each step, Review + create and the progress page after Create take focus on their heading', async ({ page }) => {
  test.setTimeout(60_000);
  await signInAs(page, UPN.owner, '/registries/create');
  await fillBasics(page, { subscription: SUB.displayName, resourceGroup: 'rg-ml-dev', name: uniqueRegistryName('e2efocus') });
  await expect(page.getByText('This name is available.')).toBeVisible();

  await pressButton(page, 'Next');
  await expect(page.getByRole('heading', { level: 2, name: 'Regions' })).toBeFocused();
  await chooseByKeyboard(page, 'Primary region', 'East US');
  await expect(page.getByRole('combobox', { name: 'Primary region' })).toHaveValue('(US) East US');
  await pressButton(page, 'Next');
  await expect(page.getByRole('heading', { level: 2, name: 'Tags' })).toBeFocused();
  await pressButton(page, 'Previous');
  await expect(page.getByRole('heading', { level: 2, name: 'Regions' })).toBeFocused();
  await pressButton(page, 'Review + create');
  await expect(page.getByRole('heading', { level: 2, name: 'Review + create' })).toBeFocused();

  await expect(page.getByText('Validation passed')).toBeVisible();
  await pressButton(page, 'Create');
  await page.waitForURL(/\/deployments\//);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});

test('the primary region chevron is not a tab stop: Tab goes from the field to the next control', async ({ page }) => {
  await signInAs(page, UPN.owner, '/registries/create?step=regions');
  const primary = page.getByRole('combobox', { name: 'Primary region' });
  await primary.focus();
  await page.keyboard.press('Tab');
  await expect(primary).not.toBeFocused();
  const focusedIsChevron = await page.evaluate(() => document.activeElement?.getAttribute('role') === 'button' && document.activeElement?.closest('[role="combobox"], .fui-Combobox') !== null);
  expect(focusedIsChevron).toBe(false);
  // Alt+ArrowDown on the field still opens the list.
  await primary.focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(primary).toHaveAttribute('aria-expanded', 'true');
});
