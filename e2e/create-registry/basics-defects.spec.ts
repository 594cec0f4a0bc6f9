// Basics after a validation error: the Resource group list opens on the first click, Subscription's error
// has a red border, and the resource group's region is proposed as the primary region — which a person can
// replace by typing another region and pressing Enter, or by arrowing to one.
import { expect, test, type Locator } from '@playwright/test';
import { SEED_SUBSCRIPTIONS } from '@/lib/emulator/seed';
import { signInAs, UPN } from '../support/auth';
import { arriveAt, chooseByKeyboard, fillBasics, pressButton, uniqueRegistryName } from './wizard';

const SUB = SEED_SUBSCRIPTIONS.development;

test.beforeEach(async ({ page }) => {
  await signInAs(page, UPN.owner, '/registries/create');
  await expect(page.getByRole('heading', { level: 1, name: 'Create a registry' })).toBeVisible();
});

// The Dropdown's drawn border colour, and the theme's error red resolved the same way.
function borderAndRed(box: Locator) {
  return box.evaluate((button) => {
    const root = button.parentElement!;
    const probe = document.createElement('span');
    probe.style.color = 'var(--colorPaletteRedBorder2)';
    root.appendChild(probe);
    const red = getComputedStyle(probe).color;
    probe.remove();
    return { border: getComputedStyle(root).borderTopColor, red };
  });
}

test('after Next finds errors, Subscription shows a red border and Resource group opens on the first click', async ({ page }) => {
  await pressButton(page, 'Next');
  const subscription = page.getByRole('combobox', { name: 'Subscription' });
  await expect(subscription).toHaveAttribute('aria-invalid', 'true');
  const { border, red } = await borderAndRed(subscription);
  expect(border).toBe(red);

  await chooseByKeyboard(page, 'Subscription', SUB.displayName);
  const group = page.getByRole('combobox', { name: 'Resource group' });
  await expect(group).toBeEnabled();
  await group.click();
  await expect(group).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('option', { name: 'rg-ml-dev' })).toBeVisible();
});

test("the primary region is proposed from the resource group's region", async ({ page }) => {
  await fillBasics(page, { subscription: SUB.displayName, resourceGroup: 'rg-ml-experiments', name: uniqueRegistryName() });
  await expect(page.getByText('This name is available.')).toBeVisible();
  await pressButton(page, 'Next');
  await expect(page).toHaveURL(/step=regions/);
  await expect(page.getByRole('combobox', { name: 'Primary region' })).toHaveValue('(Europe) North Europe');
});

test('typing another region over the proposal and pressing Enter picks the typed region, and it stays picked', async ({ page }) => {
  await fillBasics(page, { subscription: SUB.displayName, resourceGroup: 'rg-ml-experiments', name: uniqueRegistryName() });
  await expect(page.getByText('This name is available.')).toBeVisible();
  await pressButton(page, 'Next');
  await arriveAt(page, 'regions', 'Regions');
  const primary = page.getByRole('combobox', { name: 'Primary region' });
  await expect(primary).toHaveValue('(Europe) North Europe');

  await primary.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('East US');
  await page.keyboard.press('Enter');
  await expect(primary).toHaveValue('(US) East US');
  await expect(primary).toHaveAttribute('aria-expanded', 'false');

  // Arrowing after typing hands Enter back to the list: the active option is the one picked.
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('europe');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const active = await primary.evaluate((el) => document.getElementById(el.getAttribute('aria-activedescendant') ?? '')?.textContent?.trim() ?? '');
  expect(active).toMatch(/Europe/);
  await page.keyboard.press('Enter');
  await expect(primary).toHaveValue(active);

  // A pick is the person's: leaving the step and coming back does not bring the proposal back.
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('East US');
  await page.keyboard.press('Enter');
  await expect(primary).toHaveValue('(US) East US');
  await pressButton(page, 'Next');
  await arriveAt(page, 'tags', 'Tags');
  await pressButton(page, 'Previous');
  await arriveAt(page, 'regions', 'Regions');
  await expect(page.getByRole('combobox', { name: 'Primary region' })).toHaveValue('(US) East US');
});
