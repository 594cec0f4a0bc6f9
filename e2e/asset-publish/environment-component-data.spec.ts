// Publishing without files: an environment from an image (with a conda file), a command component from its
// YAML (a mistake shown at its line and column first), and a data asset by URI. ARM's truth is read back.
import { expect, test } from '@playwright/test';
import { UPN } from '../support/auth';
import { createTestRegistry, uniqueName, type TestRegistry } from '../registry-page/registry-fixture';
import { expectVersion, openPublishForm } from './asset-fixture';

let registry: TestRegistry;
test.beforeAll(async ({ request }) => {
  registry = await createTestRegistry(request, { prefix: 'e2e-pubmisc', regions: ['eastus'] });
});

test('an environment from an image and a conda file', async ({ page, request }) => {
  const name = uniqueName('e2e-env');
  await openPublishForm(page, UPN.owner, registry, 'environments', 'environment');
  // "an environment", not "a environment" (the title says the kind with its article).
  await expect(page.getByRole('heading', { level: 1, name: 'Publish an environment' })).toBeVisible();
  await expect(page).toHaveTitle(new RegExp(`^Publish an environment · ${registry.name}`));
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Version').fill('3');
  await page.getByRole('textbox', { name: 'Image' }).fill('mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu22.04:latest');
  await page.getByLabel('Conda file (optional)').fill('name: sk\ndependencies:\n  - python=3.11\n  - scikit-learn\n');
  await expect(page.getByRole('region', { name: 'environment.yml' })).toContainText('conda_file: conda.yml');
  await page.getByRole('button', { name: 'Publish environment' }).click();
  await page.waitForURL((url) => url.pathname.endsWith(`/assets/environments/${name}`) && url.searchParams.get('version') === '3');
  expect(await expectVersion(request, registry, 'environments', name, '3')).toMatchObject({
    image: 'mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu22.04:latest',
    condaFile: 'name: sk\ndependencies:\n  - python=3.11\n  - scikit-learn\n',
    osType: 'Linux',
  });
});

test('a component YAML with a mistake is shown at its line and column, and publishes once fixed', async ({ page, request }) => {
  const name = uniqueName('e2e_comp').replace(/-/g, '_');
  const yaml = (inputType: string) =>
    `name: ${name}\nversion: "1"\ntype: command\ninputs:\n  data:\n    type: ${inputType}\ncommand: python run.py --data \${{inputs.data}}\nenvironment: azureml:sklearn-1-5:1\n`;
  await openPublishForm(page, UPN.owner, registry, 'components', 'component');
  const editor = page.getByRole('textbox', { name: 'Component YAML' });
  await editor.fill(yaml('uri_fodler'));
  await expect(page.getByRole('list', { name: 'Problems in the YAML' })).toContainText('Line 6, column 11: inputs.data.type: Use one of:');
  await page.getByRole('button', { name: 'Publish component' }).click();
  await expect(page.getByRole('alert').filter({ hasText: "Couldn't publish the component" })).toBeVisible();

  await editor.fill(yaml('uri_folder'));
  await expect(page.getByRole('list', { name: 'Problems in the YAML' })).toHaveCount(0);
  await expect(page.getByText(`Command component ${name}, version 1.`)).toBeVisible();
  await page.getByRole('button', { name: 'Publish component' }).click();
  await page.waitForURL((url) => url.pathname.endsWith(`/assets/components/${name}`));
  const props = await expectVersion(request, registry, 'components', name, '1');
  expect(props.componentSpec).toMatchObject({ name, type: 'command', inputs: { data: { type: 'uri_folder' } }, environment: 'azureml:sklearn-1-5:1' });
});

test('a data asset by URI', async ({ page, request }) => {
  const name = uniqueName('e2e-data');
  await openPublishForm(page, UPN.owner, registry, 'data', 'data asset');
  await page.getByLabel('Name').fill(name);
  await page.getByRole('radio', { name: 'Already stored: give its URI' }).check();
  await page.getByRole('textbox', { name: 'URI' }).fill('not a uri');
  await page.getByRole('button', { name: 'Publish data asset' }).click();
  await expect(page.getByText('Use an https://, azureml://, wasbs://, abfss:// or adl:// URI.')).toBeVisible();
  await page.getByRole('textbox', { name: 'URI' }).fill('https://azuremlexamples.blob.core.windows.net/datasets/iris.csv');
  await page.getByRole('combobox', { name: 'Type' }).click();
  await page.getByRole('option', { name: 'uri_file' }).click();
  await page.getByRole('button', { name: 'Publish data asset' }).click();
  await page.waitForURL((url) => url.pathname.endsWith(`/assets/data/${name}`));
  expect(await expectVersion(request, registry, 'data', name, '1')).toMatchObject({ dataType: 'uri_file', dataUri: 'https://azuremlexamples.blob.core.windows.net/datasets/iris.csv' });
});
