// Keyboard helpers for the create wizard's specs: every choice is made by focusing a control and typing,
// as a keyboard user does (Fluent's Dropdown and Combobox select the option matching typed text).
import { expect, type Page } from '@playwright/test';
import { randomBytes } from 'node:crypto';

/** A registry name no other test uses (names are unique across the tenant). */
export function uniqueRegistryName(prefix = 'e2ewiz'): string {
  return `${prefix}${randomBytes(4).toString('hex')}`;
}

/**
 * Chooses an option by keyboard. A Combobox (an input) filters as you type, so the text is typed; a Dropdown
 * (a button) is opened with Alt+ArrowDown and walked with ArrowDown to the option (a typed space would select).
 */
export async function chooseByKeyboard(page: Page, label: string, text: string): Promise<void> {
  const box = page.getByRole('combobox', { name: label, exact: true });
  // A list whose options are still being read is shut (aria-disabled) until they are there, as a person sees.
  await expect(box).toBeEnabled();
  await box.focus();
  if ((await box.evaluate((el) => el.tagName)) === 'INPUT') {
    // The field may hold a proposal (the primary region from the resource group): select it to type over it.
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
    return;
  }
  await page.keyboard.press('Alt+ArrowDown');
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  // Fluent makes an option active just after the list opens: walk from there, or an ArrowDown pressed before
  // it would start from nothing and the first option could be passed over.
  await expect(box).toHaveAttribute('aria-activedescendant', /.+/);
  const active = () =>
    box.evaluate((el) => document.getElementById(el.getAttribute('aria-activedescendant') ?? '')?.textContent?.trim() ?? '');
  for (let step = 0; step < 100 && (await active()) !== text; step++) await page.keyboard.press('ArrowDown');
  expect(await active()).toBe(text);
  await page.keyboard.press('Enter');
}

/**
 * Waits until the wizard has arrived at a step: its URL, and focus on the step's heading (the wizard moves it
 * there on arrival, so keys pressed before that would land on the old step's control).
 */
export async function arriveAt(page: Page, step: 'regions' | 'tags' | 'review', heading: string): Promise<void> {
  await expect(page).toHaveURL(new RegExp(`step=${step}`));
  await expect(page.getByRole('heading', { level: 2, name: heading })).toBeFocused();
}

/** Focuses a button by its name and presses Enter. */
export async function pressButton(page: Page, name: string): Promise<void> {
  const button = page.getByRole('button', { name, exact: true });
  await expect(button).toBeEnabled();
  await button.focus();
  await page.keyboard.press('Enter');
}

/** Fills Basics by keyboard: subscription, existing resource group, registry name. */
export async function fillBasics(page: Page, values: { subscription: string; resourceGroup: string; name: string }): Promise<void> {
  await chooseByKeyboard(page, 'Subscription', values.subscription);
  await expect(page.getByRole('combobox', { name: 'Subscription' })).toHaveText(values.subscription);
  await chooseByKeyboard(page, 'Resource group', values.resourceGroup);
  await expect(page.getByRole('combobox', { name: 'Resource group' })).toHaveText(values.resourceGroup);
  await page.getByRole('textbox', { name: 'Registry name' }).focus();
  await page.keyboard.type(values.name);
}

/** The step list's tab for a step ("Basics", "Regions", …). */
export function stepTab(page: Page, label: string) {
  return page.getByRole('tablist', { name: 'Steps' }).getByRole('tab', { name: new RegExp(label.replace(/[+]/g, '\\+')) });
}
