// Basics after a validation error: the Resource group list opens on the first click, Subscription's error
// has a red border.
import { expect, test, type Locator } from '@playwright/test';
import { SEED_SUBSCRIPTIONS } from '@/lib/emulator/seed';
import { signInAs, UPN } from '../support/auth';
import { chooseByKeyboard, pressButton } from './wizard';

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

