// The list's Status column follows a registry through Creating, Updating and Deleting, and each ends. At the
// suite's time scale an operation lasts under a second, so an emulator delay rule (docs/emulator.md, "Delay
// rule") holds this registry's operations in progress for HOLD_MS of real time: long enough to load the list,
// and each phase still ends on its own. ARM's answer says when it ended; then one Refresh shows the end.
// Isolated with the other status specs: it adds fault rules, which the isolated specs' cleanup clears.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { addFault, clearFaults } from '@/lib/emulator/testing/control';
import { signInAs } from '../support/auth';
import { ARM_URL, tokenFor } from '../support/emulator';
import { gotoHydrated } from '../support/hydration';
import { registryRequestBody, TEST_SUBSCRIPTION, uniqueName } from '../registry-page/registry-fixture';
import { registriesTable, waitForCompleteList } from './list-support';

const HOLD_MS = 15_000;

test.beforeEach(async ({ page }) => {
  await signInAs(page);
});

/** The row naming `name`, and its Status cell (the ninth column). */
function row(page: Page, name: string) {
  return registriesTable(page).getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
}
const statusCell = (page: Page, name: string) => row(page, name).getByRole('cell').nth(1);

/** ARM's provisioningState of the registry, or 'gone' once it is deleted. */
async function armState(request: APIRequestContext, url: string, headers: Record<string, string>): Promise<string | undefined> {
  const get = await request.get(url, { headers });
  if (get.status() === 404) return 'gone';
  return ((await get.json()) as { properties?: { provisioningState?: string } }).properties?.provisioningState;
}

async function refresh(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Refresh' }).click();
}

test('Status shows Creating, Updating and Deleting while each operation runs, then its end', async ({ page, request }) => {
  test.setTimeout(180_000);
  const name = uniqueName('e2e-held');
  const base = `${ARM_URL}/subscriptions/${TEST_SUBSCRIPTION.id}/resourceGroups/rg-${name}`;
  const registryUrl = `${base}/providers/Microsoft.MachineLearningServices/registries/${name}?api-version=2025-09-01`;
  const headers = { Authorization: `Bearer ${await tokenFor(request)}` };
  const fault = await addFault(ARM_URL, { kind: 'delay', registryName: name, delayMs: HOLD_MS });
  try {
    expect((await request.put(`${base}?api-version=2021-04-01`, { headers, data: { location: 'eastus' } })).status()).toBeLessThan(300);

    // Creating: a PUT through ARM; the list opened while it runs.
    const create = await request.put(registryUrl, { headers, data: registryRequestBody(['eastus']) });
    expect(create.status(), await create.text()).toBe(201);
    await gotoHydrated(page, `/registries?q=${name}`);
    await waitForCompleteList(page);
    await expect(statusCell(page, name)).toHaveText('Creating');
    await expect.poll(() => armState(request, registryUrl, headers), { timeout: HOLD_MS * 3 }).toBe('Succeeded');
    await refresh(page);
    await expect(statusCell(page, name)).toHaveText('Ready');

    // Updating: a PUT adding a region.
    const update = await request.put(registryUrl, { headers, data: registryRequestBody(['eastus', 'westeurope']) });
    expect(update.status(), await update.text()).toBe(200);
    await refresh(page);
    await expect(statusCell(page, name)).toHaveText('Updating');
    await expect.poll(() => armState(request, registryUrl, headers), { timeout: HOLD_MS * 3 }).toBe('Succeeded');
    await refresh(page);
    await expect(statusCell(page, name)).toHaveText('Ready');

    // Deleting: a DELETE; once ARM has removed the registry its row leaves the list.
    const remove = await request.delete(registryUrl, { headers });
    expect(remove.status(), await remove.text()).toBe(202);
    await refresh(page);
    await expect(statusCell(page, name)).toHaveText('Deleting');
    await expect.poll(() => armState(request, registryUrl, headers), { timeout: HOLD_MS * 3 }).toBe('gone');
    await refresh(page);
    await expect(row(page, name)).toHaveCount(0);
  } finally {
    await clearFaults(ARM_URL, fault.id);
  }
});
