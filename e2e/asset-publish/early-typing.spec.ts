// Typing into a publish form straight after navigating: the server's HTML shows the fields before React has
// taken them over, and text typed there used to be replaced (or doubled) when it did. The fields stay
// disabled until the form has hydrated, so what a person types is exactly what the form holds.
import { expect, test, type Page } from '@playwright/test';
import { signInAs, UPN } from '../support/auth';
import { createTestRegistry, type TestRegistry } from '../registry-page/registry-fixture';
import { publishPath } from './asset-fixture';

let registry: TestRegistry;
test.beforeAll(async ({ request }) => {
  registry = await createTestRegistry(request, { prefix: 'e2e-pubtype', regions: ['eastus'] });
});

/** Holds the page's scripts back until the returned function is called: the server's HTML without React. */
async function holdScripts(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_next/static/chunks/**', async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test('the server-rendered fields are disabled until the form can take what is typed', async ({ page }) => {
  await signInAs(page, UPN.owner);
  const release = await holdScripts(page);
  await page.goto(publishPath(registry, 'models'), { waitUntil: 'commit' });
  const description = page.getByLabel('Description');
  await expect(description).toBeVisible();
  await expect(description).toBeDisabled();
  await expect(page.getByLabel('Name')).toBeDisabled();
  release();
  // Typed key by key as soon as the field accepts input (pressSequentially itself would type into a disabled field).
  await expect(description).toBeEnabled();
  await description.pressSequentially('Typed before the page settled');
  await expect(description).toHaveValue('Typed before the page settled');
  await expect(page.getByRole('button', { name: 'Publish model' })).toBeEnabled();
  await expect(description).toHaveValue('Typed before the page settled');
});

test('text typed right after navigating is exactly what the field holds', async ({ page }) => {
  await signInAs(page, UPN.owner);
  await page.goto(publishPath(registry, 'components'), { waitUntil: 'commit' });
  // The YAML field starts with an example: what is typed replaces it, once, and stays.
  const yaml = page.getByRole('textbox', { name: 'Component YAML' });
  await yaml.fill('name: early_bird\n');
  await expect(yaml).toHaveValue('name: early_bird\n');
  await expect(page.getByRole('button', { name: 'Publish component' })).toBeEnabled();
  await expect(yaml).toHaveValue('name: early_bird\n');

  await page.goto(publishPath(registry, 'environments'), { waitUntil: 'commit' });
  const tags = page.getByLabel('Tags');
  await tags.fill('team=risk');
  await expect(page.getByRole('button', { name: 'Publish environment' })).toBeEnabled();
  await expect(tags).toHaveValue('team=risk');
});
