// "Import registry.yml": a bad file is reported line by line and changes nothing; a good file in the seed's
// form fills the whole wizard.
import { expect, test } from '@playwright/test';
import { SEED_SUBSCRIPTIONS } from '@/lib/emulator/seed';
import { signInAs, UPN } from '../support/auth';
import { chooseByKeyboard, stepTab, uniqueRegistryName } from './wizard';

test.beforeEach(async ({ page }) => {
  await signInAs(page, UPN.owner, '/registries/create');
});

function yml(name: string, text: string) {
  return { name, mimeType: 'application/yaml', buffer: Buffer.from(text, 'utf8') };
}

test('a bad registry.yml shows line-numbered errors', async ({ page }) => {
  const input = page.getByLabel('registry.yml file');
  await input.setInputFiles(yml('broken.yml', 'name: ok\nlocation: eastus\nreplication_locations:\n  - location: eastus\n    storage_config: {storage_account_type: fast}\ncolour: blue\n'));
  const report = page.getByText('broken.yml could not be imported').locator('xpath=ancestor::*[contains(@class,"fui-MessageBar")][1]');
  await expect(report).toContainText('Line 5');
  await expect(report).toContainText('"fast" is not a storage account type');
  await expect(report).toContainText('Line 6');
  await expect(report).toContainText('colour');
  await expect(page.getByRole('textbox', { name: 'Registry name' })).toHaveValue('');

  await input.setInputFiles(yml('not-yaml.yml', 'name: [unclosed\n'));
  await expect(page.getByText('not-yaml.yml could not be imported')).toBeVisible();
  await expect(page.getByText(/Line \d+, column \d+: Not valid YAML/)).toBeVisible();

  await input.setInputFiles(yml('huge.yml', `name: x\ndescription: "${'a'.repeat(70_000)}"\n`));
  await expect(page.getByText(/Line 2: The file is 70,0\d\d bytes; registry.yml may be at most 64 KB/)).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('bad-yml.png'), fullPage: true });
});

test("a registry.yml in the seed's form fills every step", async ({ page }) => {
  await chooseByKeyboard(page, 'Subscription', SEED_SUBSCRIPTIONS.development.displayName);
  const name = uniqueRegistryName('e2eyml');
  const file = `type: registry\ndescription: Shared by the platform team\nname: ${name}\nresource_group: rg-ml-dev\nprimary_location: eastus\nlocations:\n - eastus2\n - westus\n`;
  await page.getByLabel('registry.yml file').setInputFiles(yml('registry.yml', file));
  await expect(page.getByText('Imported registry.yml')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Registry name' })).toHaveValue(name);
  await expect(page.getByRole('textbox', { name: 'Description' })).toHaveValue('Shared by the platform team');
  await expect(page.getByRole('combobox', { name: 'Resource group' })).toHaveText('rg-ml-dev');
  await stepTab(page, 'Regions').click();
  await expect(page.getByRole('combobox', { name: 'Primary region' })).toHaveValue('(US) East US');
  await expect(page.getByRole('listbox', { name: 'Chosen regions' })).toContainText('(US) East US 2');
  await expect(page.getByRole('listbox', { name: 'Chosen regions' })).toContainText('(US) West US');
});
