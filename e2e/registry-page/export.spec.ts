// Export: registry.yml (both forms) and the ARM template of the registry as it is now; the registry.yml
// downloaded here, imported into the create wizard, fills in the same settings.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { parseRegistryYml } from '@/lib/registries/registry-yml';
import { signInAs } from '../support/auth';
import { gotoHydrated } from '../support/hydration';
import { createTestRegistry } from './registry-fixture';

test.beforeEach(async ({ page }) => {
  await signInAs(page);
});

test('exports registry.yml and the template, and the wizard imports the same settings', async ({ page, request }) => {
  const registry = await createTestRegistry(request, { prefix: 'e2e-export', regions: ['eastus', 'northeurope'], tags: { team: 'nlp', description: 'Exported registry' } });
  await gotoHydrated(page, `${registry.path}?tab=export`);
  const formats = page.getByRole('tablist', { name: 'Export format' });
  await expect(page.getByRole('region', { name: 'registry.yml (CLI form)' })).toContainText(`name: ${registry.name}`);
  await formats.getByRole('tab', { name: 'ARM template', exact: true }).click();
  await expect(page.getByRole('region', { name: 'ARM template' })).toContainText('"type": "Microsoft.MachineLearningServices/registries"');
  await formats.getByRole('tab', { name: 'registry.yml (2022 preview form)' }).click();
  await expect(page.getByRole('region', { name: 'registry.yml (2022 preview form)' })).toContainText(`resource_group: ${registry.resourceGroup}`);
  await page.screenshot({ path: test.info().outputPath('export.png'), fullPage: true });

  await formats.getByRole('tab', { name: 'registry.yml (CLI form)' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Download .*registry\.yml/ }).click()]);
  expect(download.suggestedFilename()).toBe(`${registry.name}.registry.yml`);
  const file = test.info().outputPath('registry.yml');
  await download.saveAs(file);
  const parsed = parseRegistryYml(await readFile(file, 'utf8'));
  expect(parsed.ok && parsed.form).toMatchObject({
    name: registry.name,
    description: 'Exported registry',
    tags: [{ name: 'team', value: 'nlp' }],
    primaryRegion: 'eastus',
    additionalRegions: ['northeurope'],
  });

  await gotoHydrated(page, '/registries/create');
  await page.getByLabel('registry.yml file').setInputFiles(file);
  await expect(page.getByText(`Imported ${registry.name}.registry.yml`).or(page.getByText('Imported registry.yml'))).toBeVisible();
  await expect(page.getByLabel('Registry name')).toHaveValue(registry.name);
  await expect(page.getByLabel('Description')).toHaveValue('Exported registry');
  await page.screenshot({ path: test.info().outputPath('wizard-imported.png'), fullPage: true });
  // The Regions step holds the exported primary and additional regions.
  await page.getByRole('tab', { name: /Regions/ }).click();
  await expect(page.getByRole('combobox', { name: 'Primary region' })).toHaveValue(/^(\(US\) )?east ?us$/i);
  await expect(page.getByRole('listbox', { name: 'Chosen regions' }).or(page.getByLabel('Chosen regions'))).toContainText(/north ?europe/i);
  await page.screenshot({ path: test.info().outputPath('wizard-regions.png'), fullPage: true });
});
