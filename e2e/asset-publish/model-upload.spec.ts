// Publishing a model by uploading files from the browser: the files go straight to the registry's storage
// (never through the console), the version points at them, and the page moves on to the asset, where the
// version replicates to each of the registry's regions on the emulator's clock. An upload cut off half-way resumes with only the blocks the storage service does not have yet.
import { expect, test, type Request } from '@playwright/test';
import { UPN } from '../support/auth';
import { createTestRegistry, uniqueName, type TestRegistry } from '../registry-page/registry-fixture';
import { expectVersion, getVersion, listUploadedBlobs, openPublishForm } from './asset-fixture';

let registry: TestRegistry;
test.beforeAll(async ({ request }) => {
  // Two regions: the asset page shows the new version replicating to the second one.
  registry = await createTestRegistry(request, { prefix: 'e2e-pubmodel', regions: ['eastus', 'westeurope'] });
});

const MLMODEL = Buffer.from('flavors:\n  python_function: {}\n');
const isBlockPut = (r: Request) => r.method() === 'PUT' && r.url().includes('/_blob/') && /[?&]comp=block&/.test(r.url());

test('a model published with files dragged in lands in the registry, files and all, and replicates to every region', async ({ page, request }) => {
  const name = uniqueName('e2e-model');
  await openPublishForm(page, UPN.owner, registry, 'models', 'model');
  await expect(page.getByRole('heading', { level: 1, name: 'Publish a model' })).toBeVisible();
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Description').fill('Churn model from the e2e suite');
  await page.getByLabel('Tags').fill('team=risk\nstage=dev');
  await page.getByLabel('Files to upload', { exact: true }).setInputFiles([
    { name: 'MLmodel', mimeType: 'text/yaml', buffer: MLMODEL },
    { name: 'weights.bin', mimeType: 'application/octet-stream', buffer: Buffer.alloc(300_000, 7) },
  ]);
  await expect(page.getByRole('list', { name: 'Files to upload' })).toContainText('weights.bin');
  // The CLI YAML follows the form.
  await expect(page.getByRole('region', { name: 'model.yml' })).toContainText(`name: ${name}`);
  await expect(page.getByRole('region', { name: 'Azure CLI command' })).toContainText(`az ml model create --registry-name ${registry.name} -f model.yml`);

  await page.getByRole('button', { name: 'Publish model' }).click();
  await page.waitForURL((url) => url.pathname.endsWith(`/assets/models/${name}`) && url.searchParams.get('version') === '1');

  const props = await expectVersion(request, registry, 'models', name, '1');
  expect(props).toMatchObject({ modelType: 'custom_model', description: 'Churn model from the e2e suite', tags: { team: 'risk', stage: 'dev' } });
  expect(String(props.modelUri)).toMatch(new RegExp(`/_blob/[a-z0-9]+/[0-9a-f-]+/${name}$`));
  const blobs = await listUploadedBlobs(request, registry, name, String(props.modelUri));
  expect(blobs).toEqual([
    { name: `${name}/MLmodel`, size: MLMODEL.length },
    { name: `${name}/weights.bin`, size: 300_000 },
  ]);

  // The asset page shows the new version, its files as uploaded, and each region reaching "Replicated"
  // (the page re-reads itself while any region is still replicating).
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Version 1' })).toBeVisible();
  await expect(page.getByLabel('Properties', { exact: true })).toContainText('Churn model from the e2e suite');
  const files = page.getByRole('table', { name: 'Files' });
  await expect(files.getByRole('row').filter({ has: page.getByRole('cell', { name: 'MLmodel', exact: true }) }).getByRole('cell').nth(1)).toHaveText(`${MLMODEL.length} bytes`);
  await expect(files.getByRole('row').filter({ has: page.getByRole('cell', { name: 'weights.bin', exact: true }) }).getByRole('cell').nth(1)).toHaveText('293 KB');
  await expect(files.getByRole('row')).toHaveCount(3);
  const replication = page.getByRole('table', { name: 'Replication by region' });
  await expect(replication.getByRole('row')).toHaveCount(3);
  for (const region of ['eastus', 'westeurope']) {
    const cells = replication.getByRole('row').filter({ has: page.getByRole('cell', { name: region, exact: true }) }).getByRole('cell');
    await expect(cells.nth(1)).toHaveText('Replicated', { timeout: 20_000 });
    await expect(cells.nth(2)).not.toHaveText('—');
  }
});

test('an upload interrupted half-way resumes with only the missing blocks', async ({ page, request }) => {
  // 10 MiB goes through the browser twice-ish: on two shared cores that can outlast the default 30 s.
  test.slow();
  const name = uniqueName('e2e-resume');
  await openPublishForm(page, UPN.owner, registry, 'models', 'model');
  await page.getByLabel('Name').fill(name);
  // 10 MiB: three 4 MiB blocks, sent together.
  await page.getByLabel('Files to upload', { exact: true }).setInputFiles({ name: 'model.bin', mimeType: 'application/octet-stream', buffer: Buffer.alloc(10 * 1024 * 1024, 1) });

  // The network drops the second block's request once.
  let seen = 0;
  await page.route(/\/_blob\/.*[?&]comp=block&/, async (route) => {
    seen++;
    if (seen === 2) await route.abort('connectionreset');
    else await route.continue();
  });
  await page.getByRole('button', { name: 'Publish model' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'The upload was interrupted' })).toBeVisible();
  await expect(page.getByLabel('Upload progress', { exact: true }).first()).toBeVisible();
  expect((await getVersion(request, registry, 'models', name, '1')).status).toBe(404);

  const resumed: Request[] = [];
  page.on('request', (r) => {
    if (isBlockPut(r)) resumed.push(r);
  });
  await page.unroute(/\/_blob\/.*[?&]comp=block&/);
  await page.getByRole('button', { name: 'Resume upload' }).click();
  await page.waitForURL((url) => url.pathname.endsWith(`/assets/models/${name}`));
  // The two blocks that arrived the first time are not sent again.
  expect(resumed).toHaveLength(1);
  const props = await expectVersion(request, registry, 'models', name, '1');
  expect(await listUploadedBlobs(request, registry, name, String(props.modelUri))).toEqual([{ name: `${name}/model.bin`, size: 10 * 1024 * 1024 }]);
});
