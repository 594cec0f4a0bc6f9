// Polling: it stops at the terminal state (no requests for 10 s afterwards) and follows ARM's Retry-After
// (the emulator made to send `Retry-After: 3` on the deployment GET through a fault rule).
import { expect, test, type Request } from '@playwright/test';
import { addFault, clearFaults } from '@/lib/emulator/testing/control';
import { signInAs } from '../support/auth';
import { ARM_URL, tokenFor } from '../support/emulator';
import { gotoHydrated } from '../support/hydration';
import { ALL_REGIONS, SUBSCRIPTION, chainedRegistriesBundle, createResourceGroup, isPollingRequest, registryBundle, startDeployment, uniqueName } from './support';

test.beforeEach(async ({ page }) => {
  await signInAs(page);
});

test('no polling requests arrive for 10 s after the deployment ended', async ({ page, request }) => {
  test.setTimeout(60_000);
  const deployment = await startDeployment(request, registryBundle(uniqueName('e2edq'), ['eastus']));
  // The page's timers run on Playwright's clock: it flows normally, and later 10 s are run through at once.
  await page.clock.install();
  await gotoHydrated(page, deployment.path);
  await expect(page.getByRole('heading', { name: 'Your deployment is complete' })).toBeVisible({ timeout: 20_000 });
  // The notifications panel must have seen the end too, or its own poll could still be due.
  await page.getByRole('button', { name: /^Notifications/ }).click();
  const item = page.getByRole('dialog', { name: 'Notifications' }).getByRole('listitem').filter({ hasText: deployment.deploymentName });
  await expect(item).toContainText('Succeeded');
  await page.keyboard.press('Escape');

  const polls: string[] = [];
  page.on('request', (req: Request) => {
    if (isPollingRequest(req.url())) polls.push(req.url());
  });
  // An absence is observed over a window, the acceptance criterion's 10 seconds: every timer due in them fires
  // now, and any request one of them made has been sent once the network is idle again.
  await page.clock.runFor(10_000);
  await page.waitForLoadState('networkidle');
  expect(polls).toEqual([]);
});

test("polls follow ARM's Retry-After: 3 s apart when ARM sends Retry-After: 3", async ({ page, request }) => {
  test.setTimeout(90_000);
  const base = uniqueName('e2edt');
  // Three 28-region registries in a row keep the deployment running long enough for several polls.
  const bundle = chainedRegistriesBundle([base, `${base}b`, `${base}c`], ALL_REGIONS);
  const resourceGroup = uniqueName('rg-e2e-dp-');
  const deploymentPath = `/subscriptions/${SUBSCRIPTION}/resourcegroups/${resourceGroup}/providers/Microsoft.Resources/deployments/*`;
  const fault = await addFault(ARM_URL, { match: { method: 'GET', path: deploymentPath }, latencyMs: 0, retryAfterSeconds: 3 });
  try {
    await createResourceGroup(request, resourceGroup);
    const deployment = await startDeployment(request, bundle, resourceGroup);
    // The emulator itself must be sending the header on the GET the console polls.
    const direct = await request.get(`${ARM_URL}${deploymentPath.replace('*', deployment.deploymentName)}?api-version=2025-04-01`, {
      headers: { Authorization: `Bearer ${await tokenFor(request)}` },
    });
    expect(direct.headers()['retry-after'], 'the fault rule makes the emulator send Retry-After: 3').toBe('3');

    const pollTimes: number[] = [];
    page.on('request', (req: Request) => {
      if (new URL(req.url()).pathname.startsWith('/api/deployments/')) pollTimes.push(Date.now());
    });
    await gotoHydrated(page, deployment.path);
    await expect(page.getByRole('heading', { name: 'Deployment is in progress' })).toBeVisible();
    await expect.poll(() => pollTimes.length, { timeout: 20_000 }).toBeGreaterThanOrEqual(3);
    const gaps = pollTimes.slice(1).map((t, i) => t - pollTimes[i]);
    // At least 3 s apart, and not the 5 s default: the interval is ARM's.
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(2_900);
    expect(Math.min(...gaps)).toBeLessThan(4_500);
  } finally {
    await clearFaults(ARM_URL, fault.id).catch(() => undefined);
  }
});
