// Publishing a model by uploading files from the browser: the files go straight to the registry's storage
// (never through the console), the version points at them, and the page moves on to the asset. An upload
// cut off half-way resumes with only the blocks the storage service does not have yet.
import { expect, test, type Request } from '@playwright/test';
import { UPN } from '../support/auth';
import { createTestRegistry, uniqueName, type TestRegistry } from '../registry-page/registry-fixture';
import { expectVersion, getVersion, listUploadedBlobs, openPublishForm } from './asset-fixture';

let registry: TestRegistry;
test.beforeAll(async ({ request }) => {
  registry = await createTestRegistry(request, { prefix: 'e2e-pubmodel', regions: ['eastus'] });
});

const MLMODEL = Buffer.from('flavors:\n  python_function: {}\n');
const isBlockPut = (r: Request) => r.method() === 'PUT' && r.url().includes('/_blob/') && /[?&]comp=block&/.test(r.url());

test('a model published with files dragged in lands in the registry, files and all', async ({ page, request }) => {
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
