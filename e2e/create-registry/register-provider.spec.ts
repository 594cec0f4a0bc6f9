// "Contoso Sandbox" has Microsoft.MachineLearningServices NotRegistered: the preflight offers "Register",
// shows it running, then registered (read back from ARM), and Next is allowed again.
import { expect, test } from '@playwright/test';
import { SEED_SUBSCRIPTIONS } from '@/lib/emulator/seed';
import { signInAs, UPN } from '../support/auth';
import { ARM_URL, tokenFor } from '../support/emulator';
import { fillBasics, pressButton, uniqueRegistryName } from './wizard';

const SANDBOX = SEED_SUBSCRIPTIONS.sandbox;

async function registrationState(request: import('@playwright/test').APIRequestContext): Promise<string> {
  const response = await request.get(`${ARM_URL}/subscriptions/${SANDBOX.id}/providers/Microsoft.MachineLearningServices?api-version=2021-04-01`, {
    headers: { Authorization: `Bearer ${await tokenFor(request)}` },
  });
  return ((await response.json()) as { registrationState: string }).registrationState;
}

test.beforeEach(async ({ page }) => {
  await signInAs(page, UPN.owner, '/registries/create');
});

test('an unregistered subscription is registered from the wizard', async ({ page, request }) => {
  expect(await registrationState(request)).toBe('NotRegistered');
  await fillBasics(page, { subscription: SANDBOX.displayName, resourceGroup: 'rg-sandbox', name: uniqueRegistryName() });
  await expect(page.getByText('Microsoft.MachineLearningServices is not registered in this subscription')).toBeVisible();
  await pressButton(page, 'Next');
  await expect(page.getByText('Microsoft.MachineLearningServices is not registered in this subscription yet.')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('not-registered.png'), fullPage: true });

  await pressButton(page, 'Register');
  await expect(page.getByText('Microsoft.MachineLearningServices is registered in this subscription.')).toBeVisible({ timeout: 20_000 });
  expect(await registrationState(request)).toBe('Registered');
  await page.screenshot({ path: test.info().outputPath('registered.png'), fullPage: true });
  await pressButton(page, 'Next');
  await expect(page).toHaveURL(/step=regions/);
});
