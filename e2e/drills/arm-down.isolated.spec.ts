// Drill: Azure Resource Manager goes away under a running console (the emulator is killed), and comes
// back. The console shows a calm page with Retry — no socket codes, loopback addresses, digests or React
// error text — reports itself not ready, and recovers on Retry without being restarted.
import { expect, test } from '@playwright/test';
import { signInAs } from '../support/auth';
import { DRILL_REPLICA_URL, INTERNALS, startDrillArm, type DrillArm } from './drill-arm';

test.describe.configure({ mode: 'serial', timeout: 150_000 });

let arm: DrillArm;

test.use({ baseURL: DRILL_REPLICA_URL });

test.beforeAll(async () => {
  test.setTimeout(150_000);
  arm = await startDrillArm();
});

test.afterAll(async () => {
  await arm?.close();
});

test('with ARM down the list is a calm page with Retry, and Retry recovers once ARM is back', async ({ page, request }) => {
  await signInAs(page, undefined, '/registries');
  await expect(page.getByRole('link', { name: 'contoso-prod-registry', exact: true })).toBeVisible();

  await arm.kill();
  const notReady = await request.get('/api/ready');
  expect(notReady.status()).toBe(503);
  expect(await notReady.json()).toMatchObject({ status: 'not-ready', checks: { arm: { ok: false, reason: 'Azure Resource Manager is not accepting connections.' } } });
  expect((await request.get('/api/health')).status()).toBe(200);

  await page.goto('/registries');
  await expect(page.getByRole('button', { name: /retry/i })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/Azure Resource Manager/).first()).toBeVisible();
  await expect(page.locator('body')).not.toContainText(INTERNALS);
  await page.screenshot({ path: test.info().outputPath('arm-down.png'), fullPage: true });

  await arm.restart();
  await expect.poll(async () => (await request.get('/api/ready')).status(), { timeout: 10_000 }).toBe(200);
  // On a slow machine the render's ARM budget may have run out first ("not answering"), and then the page
  // is already reading again by itself; otherwise Retry is there, enabled, to click once.
  const rows = page.getByRole('link', { name: 'contoso-prod-registry', exact: true });
  const enabledRetry = page.getByRole('button', { name: /retry/i, disabled: false });
  await expect(rows.or(enabledRetry)).toBeVisible({ timeout: 30_000 });
  if (await enabledRetry.isVisible()) await enabledRetry.click();
  await expect(rows).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('body')).not.toContainText(INTERNALS);
});

test('with ARM down the registry page is a calm page with Retry, and Retry shows the registry once ARM is back', async ({ page, request }) => {
  await signInAs(page, undefined, '/registries');
  const registryPath = (await page.getByRole('link', { name: 'contoso-prod-registry', exact: true }).getAttribute('href'))!;
  await arm.kill();
  try {
    await page.goto(registryPath);
    await expect(page.getByRole('heading', { level: 1, name: 'contoso-prod-registry' })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText(/Azure Resource Manager/).first()).toBeVisible({ timeout: 30_000 });
    // The render's budget may say "not answering" first while the browser reads on; its read then fails
    // outright (connection refused) and Retry appears.
    await expect(page.getByRole('button', { name: /retry/i })).toBeVisible({ timeout: 30_000 });
    await expect(page.locator('body')).not.toContainText(INTERNALS);
  } finally {
    await arm.restart();
  }
  await expect.poll(async () => (await request.get('/api/ready')).status(), { timeout: 10_000 }).toBe(200);
  // The same console, not restarted: one click on Retry reads the registry.
  await page.getByRole('button', { name: /retry/i, disabled: false }).click();
  await expect(page.getByRole('tab', { name: 'Regions' })).toBeVisible({ timeout: 30_000 });
});

test('Retry-After: 30 on Resource Graph: within 3 s the list says Azure is throttling, then shows the rows by itself', async ({ page }) => {
  await signInAs(page, undefined, '/registries');
  await arm.addFault({
    match: { method: 'POST', path: '/providers/Microsoft.ResourceGraph/resources' },
    status: 429, code: 'TooManyRequests', message: 'Too many requests (drill).', retryAfterSeconds: 30, times: 1,
  });
  try {
    const started = Date.now();
    await page.goto('/registries', { waitUntil: 'commit' });
    await expect(page.getByText(/Azure is throttling requests; retrying in \d+ s\./)).toBeVisible({ timeout: 10_000 });
    const waited = Date.now() - started;
    // The browser carries on: it waits out Retry-After (30 s), not a read a second, and the rows arrive
    // then, without a click.
    await expect(page.getByRole('link', { name: 'contoso-prod-registry', exact: true })).toBeVisible({ timeout: 45_000 });
    await expect(page.locator('body')).not.toContainText(INTERNALS);
    test.info().annotations.push({ type: 'throttle message after', description: `${waited} ms` });
    expect(waited).toBeLessThan(6_000);
  } finally {
    await arm.clearFaults();
  }
});
