// Drills: Azure Resource Manager hangs (the process is stopped, its socket stays open) or throttles with
// Retry-After: 30, on the registry page and a deployment's progress page (the create wizard's first data:
// arm-slow-wizard.isolated.spec.ts).
// Within 3 s the page's shell and an honest message; the content as soon as ARM answers, without a click;
// never a socket code, a loopback address, a digest or React's error text.
import { expect, test } from '@playwright/test';
import { signInAs } from '../support/auth';
import { DRILL_REPLICA_URL, startDrillArm, type DrillArm } from './drill-arm';
import { startDrillDeployment } from './drill-deployment';
import { expectToldWithin3s } from './drill-timing';

test.describe.configure({ mode: 'serial', timeout: 120_000 });

let arm: DrillArm;
let registryPath: string;
let progressPath: string;
// The progress page's headline once it shows the deployment (any state: the drill is about waiting, not the end).
const HEADLINE = /Your deployment is complete|Deployment is in progress|Deployment failed/;

test.use({ baseURL: DRILL_REPLICA_URL });

test.beforeAll(async ({ browser }) => {
  test.setTimeout(150_000);
  arm = await startDrillArm();
  // The replica's first render of each page loads its code: warm the pages (and the principal's token) first.
  const page = await browser.newPage({ baseURL: DRILL_REPLICA_URL });
  await signInAs(page, undefined, '/registries');
  registryPath = (await page.getByRole('link', { name: 'contoso-prod-registry', exact: true }).getAttribute('href'))!;
  await page.goto(registryPath);
  await expect(page.getByRole('tab', { name: 'Regions' })).toBeVisible({ timeout: 30_000 });
  progressPath = (await startDrillDeployment(arm.emulator.url)).path;
  await page.goto(progressPath);
  await expect(page.getByRole('heading', { name: HEADLINE })).toBeVisible({ timeout: 30_000 });
  await page.close();
});

test.afterAll(async () => {
  await arm?.close();
});

test('the registry page with ARM hung: shell and "not answering" within 3 s, the registry as soon as ARM answers', async ({ page }) => {
  await signInAs(page, undefined, '/registries');
  arm.freeze();
  try {
    await expectToldWithin3s(page, arm, 'registry page, ARM hung', registryPath, /Azure Resource Manager is not answering/);
    await expect(page.getByRole('heading', { level: 1, name: 'contoso-prod-registry' })).toBeVisible();
  } finally {
    arm.thaw();
  }
  // The browser has been reading on by itself: the registry appears without a click once ARM answers.
  await expect(page.getByRole('tab', { name: 'Regions' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/Azure Resource Manager is not answering/)).toHaveCount(0);
});

test('the registry page with Retry-After: 30: shell and "throttling" within 3 s, then the registry by itself', async ({ page }) => {
  await signInAs(page, undefined, '/registries');
  await arm.addFault({
    match: { method: 'GET', path: '/subscriptions/*/resourceGroups/*/providers/Microsoft.MachineLearningServices/registries/contoso-prod-registry' },
    status: 429, code: 'TooManyRequests', message: 'Too many requests (drill).', retryAfterSeconds: 30, times: 1,
  });
  try {
    await expectToldWithin3s(page, arm, 'registry page, Retry-After 30', registryPath, /Azure is throttling requests; retrying in \d+ s\./);
    // The browser's read waits out Retry-After (30 s) and then shows the registry, without a click.
    // (The registry itself then names the emulator's loopback address in its URLs: that is content.)
    await expect(page.getByRole('tab', { name: 'Regions' })).toBeVisible({ timeout: 45_000 });
  } finally {
    await arm.clearFaults();
  }
});

test('the progress page with ARM hung: shell and "not answering" within 3 s, the deployment as soon as ARM answers', async ({ page }) => {
  await signInAs(page, undefined, '/registries');
  arm.freeze();
  try {
    await expectToldWithin3s(page, arm, 'progress page, ARM hung', progressPath, /Azure Resource Manager is not answering/);
    await expect(page.getByText("Couldn't read the deployment")).toBeVisible();
  } finally {
    arm.thaw();
  }
  // The page polls on by itself: the deployment appears without a click once ARM answers.
  await expect(page.getByRole('heading', { name: HEADLINE })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/Azure Resource Manager is not answering/)).toHaveCount(0);
});

test('the progress page with Retry-After: 30: shell and "throttling" within 3 s, then the deployment by itself', async ({ page }) => {
  await signInAs(page, undefined, '/registries');
  const deploymentName = decodeURIComponent(progressPath.split('/').at(-1)!);
  await arm.addFault({
    match: { method: 'GET', path: `/subscriptions/*/resourcegroups/*/providers/Microsoft.Resources/deployments/${deploymentName}` },
    status: 429, code: 'TooManyRequests', message: 'Too many requests (drill).', retryAfterSeconds: 30, times: 1,
  });
  const polls: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/deployments/')) polls.push(request.url());
  });
  try {
    await expectToldWithin3s(page, arm, 'progress page, Retry-After 30', progressPath, /Azure is throttling requests; retrying in \d+ s\./);
    // The page waits out Retry-After (30 s) — no poll at mount, none a second — and then shows the deployment.
    await expect(page.getByRole('heading', { name: HEADLINE })).toBeVisible({ timeout: 45_000 });
    expect(polls).toHaveLength(1);
  } finally {
    await arm.clearFaults();
  }
});
