// A Reader cannot create registries: the preflight says which actions are missing and which roles would
// grant them, and the wizard does not leave Basics.
import { expect, test } from '@playwright/test';
import { SEED_SUBSCRIPTIONS } from '@/lib/emulator/seed';
import { signInAs, UPN } from '../support/auth';
import { fillBasics, pressButton, uniqueRegistryName } from './wizard';

test.beforeEach(async ({ page }) => {
  await signInAs(page, UPN.reader, '/registries/create');
});

test('a Reader is stopped at Basics with the roles explained', async ({ page }) => {
  await fillBasics(page, { subscription: SEED_SUBSCRIPTIONS.production.displayName, resourceGroup: 'rg-ml-prod', name: uniqueRegistryName() });
  const denied = page.getByText("You don't have permission to create a registry here");
  await expect(denied).toBeVisible();
  const explanation = page.getByRole('region', { name: 'Preflight checks' });
  await expect(explanation).toContainText('Microsoft.MachineLearningServices/registries/write, Microsoft.Resources/deployments/write');
  await expect(explanation).toContainText('Owner or Contributor role');
  await expect(explanation).toContainText('custom role that includes Microsoft.MachineLearningServices/registries/write');
  await page.screenshot({ path: test.info().outputPath('reader.png'), fullPage: true });

  await pressButton(page, 'Next');
  await expect(page.getByText('You do not have permission to create a registry here. See the preflight checks above.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Basics' })).toBeVisible();
  await pressButton(page, 'Review + create');
  await expect(page).not.toHaveURL(/step=/);
});
