// Drills: Azure Resource Manager hangs (the process is stopped, its socket stays open) or throttles with
// Retry-After: 30, on the asset pages: an asset page, a publish page and the tenant-wide asset search (the
// registry and progress pages: arm-slow.isolated.spec.ts). Within 3 s the page's shell and an honest
// message; the content as soon as ARM answers, without a click; never a socket code, a loopback address, a
// digest or React's error text.
import { expect, test } from '@playwright/test';
import { signInAs } from '../support/auth';
import { DRILL_REPLICA_URL, startDrillArm, type DrillArm } from './drill-arm';
import { expectToldWithin3s } from './drill-timing';

test.describe.configure({ mode: 'serial', timeout: 120_000 });

const REGISTRY = 'contoso-prod-registry';
const ASSET = 'credit-risk-classifier';
const SEARCH_PATH = '/assets/search?q=credit';
const NOT_ANSWERING = /Azure Resource Manager is not answering/;

let arm: DrillArm;
let assetPath: string;
let publishPath: string;

test.use({ baseURL: DRILL_REPLICA_URL });

test.beforeAll(async ({ browser }) => {
  test.setTimeout(150_000);
  arm = await startDrillArm();
  // The replica's first render of each page loads its code: warm the pages (and the principal's token) first.
  const page = await browser.newPage({ baseURL: DRILL_REPLICA_URL });
  await signInAs(page, undefined, '/registries');
  const registryPath = (await page.getByRole('link', { name: REGISTRY, exact: true }).getAttribute('href'))!;
  assetPath = `${registryPath}/assets/models/${ASSET}`;
  publishPath = `${registryPath}/publish/models`;
  await page.goto(assetPath);
  await expect(page.getByRole('heading', { name: /^Versions \(\d+\)$/ })).toBeVisible({ timeout: 30_000 });
  await page.goto(publishPath);
  await expect(page.getByText('where every workspace with access can use it')).toBeVisible({ timeout: 30_000 });
  await page.goto(SEARCH_PATH);
  await expect(page.getByRole('table', { name: `Matching assets in ${REGISTRY}` })).toBeVisible({ timeout: 30_000 });
  await page.close();
});

test.afterAll(async () => {
  await arm?.close();
});

test('the asset page with ARM hung: shell and "not answering" within 3 s, the asset as soon as ARM answers', async ({ page }) => {
  await signInAs(page, undefined, '/registries');
  arm.freeze();
  try {
    await expectToldWithin3s(page, arm, 'asset page, ARM hung', assetPath, NOT_ANSWERING);
    await expect(page.getByRole('heading', { level: 1, name: ASSET })).toBeVisible();
  } finally {
    arm.thaw();
  }
  // The browser has been reading on by itself: the asset appears without a click once ARM answers.
  await expect(page.getByRole('heading', { name: /^Versions \(\d+\)$/ })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(NOT_ANSWERING)).toHaveCount(0);
});

test('the asset page with Retry-After: 30: shell and "throttling" within 3 s, then the asset by itself', async ({ page }) => {
  await signInAs(page, undefined, '/registries');
  await arm.addFault({
    match: { method: 'GET', path: `/subscriptions/*/resourceGroups/*/providers/Microsoft.MachineLearningServices/registries/${REGISTRY}/models/${ASSET}` },
    status: 429, code: 'TooManyRequests', message: 'Too many requests (drill).', retryAfterSeconds: 30, times: 1,
  });
  try {
    await expectToldWithin3s(page, arm, 'asset page, Retry-After 30', assetPath, /Azure is throttling requests; retrying in \d+ s\./);
    // The browser's read waits out Retry-After (30 s) and then shows the asset, without a click.
    await expect(page.getByRole('heading', { name: /^Versions \(\d+\)$/ })).toBeVisible({ timeout: 45_000 });
  } finally {
    await arm.clearFaults();
  }
});

test('the publish page with ARM hung: shell and "not answering" within 3 s, the form as soon as ARM answers', async ({ page }) => {
  await signInAs(page, undefined, '/registries');
  arm.freeze();
  try {
    await expectToldWithin3s(page, arm, 'publish page, ARM hung', publishPath, NOT_ANSWERING);
    await expect(page.getByRole('heading', { level: 1, name: 'Publish a model' })).toBeVisible();
  } finally {
    arm.thaw();
  }
  await expect(page.getByText('where every workspace with access can use it')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(NOT_ANSWERING)).toHaveCount(0);
});

test('the asset search with ARM hung: shell and "not answering" within 3 s, the results as soon as ARM answers', async ({ page }) => {
  await signInAs(page, undefined, '/registries');
  arm.freeze();
  try {
    await expectToldWithin3s(page, arm, 'asset search, ARM hung', SEARCH_PATH, NOT_ANSWERING);
    await expect(page.getByRole('heading', { level: 1, name: 'Search assets' })).toBeVisible();
  } finally {
    arm.thaw();
  }
  // The search reads on by itself: the results stream in once ARM answers.
  await expect(page.getByRole('table', { name: `Matching assets in ${REGISTRY}` }).getByRole('link', { name: ASSET })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(NOT_ANSWERING)).toHaveCount(0);
});
