// Drill: the console goes away under a progress page (its polls fail as a console that is down would) and
// comes back. The page keeps its last known table, marked stale with the time it was true, and resumes by
// itself — following the deployment to its end — once the console answers again.
import { expect, test } from '@playwright/test';
import { signInAs } from '../support/auth';
import { gotoHydrated } from '../support/hydration';
import { ALL_REGIONS, chainedRegistriesBundle, startDeployment, uniqueName } from '../deployment-progress/support';

const PROGRESS_API = '**/api/deployments/*/*/*';

test('while the console cannot be reached the progress page keeps its table, marked stale, and resumes when it is back', async ({ page, request }) => {
  test.setTimeout(120_000);
  const base = uniqueName('e2estale');
  // Three 28-region registries in a row: a deployment that runs through the outage and after it.
  const deployment = await startDeployment(request, chainedRegistriesBundle([base, `${base}b`, `${base}c`], ALL_REGIONS));
  await signInAs(page, undefined, deployment.path);
  await gotoHydrated(page, deployment.path);
  await expect(page.getByRole('heading', { name: 'Deployment is in progress' })).toBeVisible();
  const table = page.getByRole('table');
  await expect(table.getByRole('row').nth(1)).toBeVisible();

  // The console is gone: every poll fails at the connection, as with a console that was killed.
  await page.route(PROGRESS_API, (route) => route.abort('connectionrefused'));
  const stale = page.getByText(/Can't reach the console; showing what was known at \d{1,2}:\d{2}/);
  await expect(stale).toBeVisible({ timeout: 30_000 });
  // The last known table stays, with the deployment still shown as in progress; no error replaces it.
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Deployment is in progress' })).toBeVisible();
  await expect(page.getByText("Couldn't read the deployment")).toHaveCount(0);
  await expect(page.locator('body')).not.toContainText(/Failed to fetch|digest|Minified React/i);
  await page.screenshot({ path: test.info().outputPath('progress-stale.png'), fullPage: true });

  // Back: the page resumes by itself, drops the mark and follows the deployment to its end.
  await page.unroute(PROGRESS_API);
  await expect(stale).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByRole('heading', { name: 'Your deployment is complete' })).toBeVisible({ timeout: 90_000 });
});
