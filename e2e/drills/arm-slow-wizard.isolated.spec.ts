// Drill: Azure Resource Manager hangs (the process is stopped, its socket stays open) while a person opens the
// create wizard. Within 3 s the page's shell and an honest message about the subscriptions; the choices as soon
// as ARM answers, without a click. Its own file, so it starts from a fresh emulator and replica: in a full run
// it failed after the registry-page drills of arm-slow.isolated.spec.ts had frozen and throttled the same ARM.
import { expect, test } from '@playwright/test';
import { signInAs } from '../support/auth';
import { DRILL_REPLICA_URL, startDrillArm, type DrillArm } from './drill-arm';
import { expectToldWithin3s } from './drill-timing';

test.describe.configure({ mode: 'serial', timeout: 120_000 });

let arm: DrillArm;

test.use({ baseURL: DRILL_REPLICA_URL });

test.beforeAll(async ({ browser }) => {
  test.setTimeout(150_000);
  arm = await startDrillArm();
  // The replica's first render of the wizard loads its code: warm it (and the principal's token) first.
  const page = await browser.newPage({ baseURL: DRILL_REPLICA_URL });
  await signInAs(page, undefined, '/registries/create');
  await expect(page.getByRole('combobox', { name: /Subscription/ })).toBeVisible({ timeout: 30_000 });
  await page.close();
});

test.afterAll(async () => {
  await arm?.close();
});

test("the create wizard with ARM hung: within 3 s the subscriptions say so, and fill in once ARM answers", async ({ page }) => {
  await signInAs(page, undefined, '/registries/create');
  await expect(page.getByRole('combobox', { name: /Subscription/ })).toBeVisible();
  arm.freeze();
  try {
    await expectToldWithin3s(page, arm, 'wizard, ARM hung', '/registries/create', /Subscriptions could not be read: Azure Resource Manager is not answering/);
  } finally {
    arm.thaw();
  }
  await expect(page.getByText(/Subscriptions could not be read/)).toHaveCount(0, { timeout: 30_000 });
  await page.getByRole('combobox', { name: /Subscription/ }).click();
  await expect(page.getByRole('option', { name: 'Contoso ML Production' })).toBeVisible();
});
