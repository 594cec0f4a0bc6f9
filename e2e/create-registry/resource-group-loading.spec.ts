// Resource group while the chosen subscription's groups are on their way: the list stays shut (it opened
// empty and filled in under a keyboard user, whose ArrowDown then skipped the first group), it is still
// reachable by keyboard, and once the groups are there it offers that subscription's groups only.
import { expect, test, type Page } from '@playwright/test';
import { SEED_SUBSCRIPTIONS } from '@/lib/emulator/seed';
import { signInAs, UPN } from '../support/auth';
import { chooseByKeyboard } from './wizard';

const DEV = SEED_SUBSCRIPTIONS.development;
const PROD = SEED_SUBSCRIPTIONS.production;

/**
 * Holds the wizard's reads for a subscription (server actions posting its id: resource groups, regions) until
 * released; `sent` settles when the first of them reaches the browser's network layer.
 */
async function holdReadsFor(page: Page, subscriptionId: string) {
  let release!: () => void;
  let markSent!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const sent = new Promise<void>((resolve) => (markSent = resolve));
  await page.route(
    (url) => url.pathname === '/registries/create',
    async (route) => {
      const request = route.request();
      if (request.method() === 'POST' && request.headers()['next-action'] && (request.postData() ?? '').includes(subscriptionId)) {
        markSent();
        await released;
      }
      await route.fallback();
    },
  );
  return { sent, release };
}

/** The names in the open list. */
const optionNames = (page: Page) => page.getByRole('listbox').getByRole('option').allTextContents();

test.beforeEach(async ({ page }) => {
  await signInAs(page, UPN.owner, '/registries/create');
  await expect(page.getByRole('heading', { level: 1, name: 'Create a registry' })).toBeVisible();
});

test("Resource group stays shut until the chosen subscription's groups are read, then offers only those", async ({ page }) => {
  const group = page.getByRole('combobox', { name: 'Resource group' });
  const devReads = await holdReadsFor(page, DEV.id);
  await chooseByKeyboard(page, 'Subscription', DEV.displayName);
  await devReads.sent;
  await expect(group).toHaveText('Loading resource groups…');
  // Still a tab stop: a keyboard user who tabs on at once waits here, rather than skipping past it.
  await page.keyboard.press('Tab');
  await expect(group).toBeFocused();
  await page.keyboard.press('Alt+ArrowDown');
  // Soft, so a failure here still shows whether the list opened: what the keyboard user would meet.
  await expect.soft(group).toHaveAttribute('aria-disabled', 'true');
  devReads.release();

  await expect(group).toHaveText('Choose a resource group');
  await expect(group).toBeEnabled();
  // The press made while loading opened nothing, and the list did not open by itself when the groups came.
  await expect(group).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Alt+ArrowDown');
  await expect(group).toHaveAttribute('aria-expanded', 'true');
  const devGroups = await optionNames(page);
  expect(devGroups).toEqual(expect.arrayContaining(['rg-ml-dev', 'rg-ml-experiments']));
  expect(devGroups).not.toEqual(expect.arrayContaining(['rg-ml-prod']));
  await page.keyboard.press('Escape');
  await chooseByKeyboard(page, 'Resource group', 'rg-ml-dev');
  await expect(group).toHaveText('rg-ml-dev');

  // Another subscription: the chosen group is not kept, and the list waits for the new subscription's groups.
  const prodReads = await holdReadsFor(page, PROD.id);
  await chooseByKeyboard(page, 'Subscription', PROD.displayName);
  await prodReads.sent;
  await expect(group).toHaveText('Loading resource groups…');
  await expect(group).toHaveAttribute('aria-disabled', 'true');
  prodReads.release();
  await expect(group).toHaveText('Choose a resource group');
  await group.focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(group).toHaveAttribute('aria-expanded', 'true');
  const prodGroups = await optionNames(page);
  expect(prodGroups).toEqual(expect.arrayContaining(['rg-ml-prod', 'rg-ml-shared']));
  expect(prodGroups.some((name) => name.startsWith('rg-ml-dev') || name === 'rg-ml-experiments')).toBe(false);
});
