// The happy path, keyboard only: Basics, two additional regions, a tag, Review + create's validation,
// Create — and the browser lands on the deployment's progress page, with the deployment in ARM.
import { expect, test } from '@playwright/test';
import { SEED_SUBSCRIPTIONS } from '@/lib/emulator/seed';
import { signInAs, UPN } from '../support/auth';
import { gotoHydrated } from '../support/hydration';
import { armList, tokenFor, ARM_URL } from '../support/emulator';
import { arriveAt, chooseByKeyboard, fillBasics, pressButton, stepTab, uniqueRegistryName } from './wizard';

const SUB = SEED_SUBSCRIPTIONS.development;

test.beforeEach(async ({ page }) => {
  await signInAs(page, UPN.owner, '/registries/create');
});

test('creates a registry with two additional regions and a tag, by keyboard, and lands on its progress page', async ({ page, request }) => {
  const name = uniqueRegistryName();
  await expect(page.getByRole('heading', { level: 1, name: 'Create a registry' })).toBeVisible();
  await fillBasics(page, { subscription: SUB.displayName, resourceGroup: 'rg-ml-dev', name });
  await expect(page.getByText('This name is available.')).toBeVisible();
  await expect(page.getByText('You have permission to create registries in resource group "rg-ml-dev".')).toBeVisible();
  await expect(page.getByText('Microsoft.MachineLearningServices is registered in this subscription.')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('1-basics.png'), fullPage: true });
  await pressButton(page, 'Next');

  await arriveAt(page, 'regions', 'Regions');
  await chooseByKeyboard(page, 'Primary region', 'East US');
  await expect(page.getByRole('combobox', { name: 'Primary region' })).toHaveValue('(US) East US');
  const additional = page.getByRole('combobox', { name: 'Additional regions' });
  await additional.focus();
  await page.keyboard.type('West Europe');
  await page.keyboard.press('Enter');
  await page.keyboard.type('West US 2');
  await page.keyboard.press('Enter');
  const chosen = page.getByRole('listbox', { name: 'Chosen regions' });
  await expect(chosen).toContainText('(US) East US (primary)');
  await expect(chosen).toContainText('(Europe) West Europe');
  await expect(chosen).toContainText('(US) West US 2');
  await page.keyboard.press('Escape');
  await page.screenshot({ path: test.info().outputPath('2-regions.png'), fullPage: true });
  await pressButton(page, 'Next');

  await arriveAt(page, 'tags', 'Tags');
  await pressButton(page, 'Add tag');
  await page.getByRole('group', { name: 'Tag 1' }).getByRole('textbox', { name: 'Name' }).focus();
  await page.keyboard.type('team');
  await page.keyboard.press('Tab');
  await page.keyboard.type('platform');
  await pressButton(page, 'Review + create');

  await arriveAt(page, 'review', 'Review + create');
  await expect(page.getByText('Validation passed')).toBeVisible();
  const review = page.getByRole('region', { name: 'Review + create' });
  await expect(review).toContainText('(Europe) West Europe, (US) West US 2');
  await expect(review).toContainText('team: platform');
  await expect(stepTab(page, 'Basics')).not.toHaveAccessibleName(/has errors/);
  await page.screenshot({ path: test.info().outputPath('3-review.png'), fullPage: true });

  // Download a template for automation: viewable, downloadable, in every form.
  const link = page.getByRole('button', { name: 'Download a template for automation' });
  await link.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Template for automation' });
  await expect(dialog.getByLabel('template.json')).toContainText('"type": "Microsoft.MachineLearningServices/registries"');
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download template.json' }).focus();
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toBe('template.json');
  await dialog.getByRole('tab', { name: 'Azure CLI' }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog.getByLabel('create-registry.sh')).toContainText(`az ml registry create --subscription ${SUB.id} --resource-group rg-ml-dev --file registry.yml`);
  await dialog.getByRole('tab', { name: 'registry.yml (CLI)' }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog.getByLabel('registry.yml')).toContainText('- location: westus2');
  await page.screenshot({ path: test.info().outputPath('3b-template.png'), fullPage: true });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await pressButton(page, 'Create');

  await page.waitForURL(new RegExp(`/deployments/${SUB.id}/rg-ml-dev/registry-${name}-[0-9a-f]{16}$`));
  const deploymentName = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
  const token = await tokenFor(request);
  const deployment = await request.get(
    `${ARM_URL}/subscriptions/${SUB.id}/resourcegroups/rg-ml-dev/providers/Microsoft.Resources/deployments/${deploymentName}?api-version=2025-04-01`,
    { headers: { Authorization: `Bearer ${token}` } },
  );
  expect(deployment.status()).toBe(200);
  const body = (await deployment.json()) as { properties: { parameters: Record<string, { value: unknown }> } };
  expect(body.properties.parameters.registryName.value).toBe(name);
  expect(body.properties.parameters.additionalLocation1.value).toBe('westeurope');
  expect(body.properties.parameters.additionalLocation2.value).toBe('westus2');
  expect(body.properties.parameters.tags.value).toEqual({ team: 'platform' });
  const ours = await armList<{ name: string }>(request, `/subscriptions/${SUB.id}/resourcegroups/rg-ml-dev/providers/Microsoft.Resources/deployments?api-version=2025-04-01`);
  expect(ours.filter((d) => d.name.includes(name))).toHaveLength(1);
  await page.screenshot({ path: test.info().outputPath('4-progress.png'), fullPage: true });

  // The draft reached ARM: the next visit to the wizard starts afresh, not on a name that is now taken.
  await gotoHydrated(page, '/registries/create');
  await expect(page.getByRole('textbox', { name: 'Registry name' })).toHaveValue('');
});

test('the draft and the step survive a reload, and ?step=regions deep-links into the wizard', async ({ page }) => {
  const name = uniqueRegistryName();
  await fillBasics(page, { subscription: SUB.displayName, resourceGroup: 'rg-ml-experiments', name });
  await expect(page.getByText('This name is available.')).toBeVisible();
  await pressButton(page, 'Next');
  await arriveAt(page, 'regions', 'Regions');
  await chooseByKeyboard(page, 'Primary region', 'North Europe');
  await expect(page.getByRole('combobox', { name: 'Primary region' })).toHaveValue('(Europe) North Europe');

  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Regions' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Primary region' })).toHaveValue('(Europe) North Europe');
  await stepTab(page, 'Basics').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Registry name' })).toHaveValue(name);
  await expect(page.getByRole('combobox', { name: 'Resource group' })).toHaveText('rg-ml-experiments');
});
