// The list's Status column tells the truth. A registry whose own operation failed (a provisioning fault
// fails its storage account) reads Failed, though no template deployment touched it; and when the status
// sources cannot be read (Resource Graph and the resource group's deployment history both failing), the
// rows read Unknown — never Ready. The rows on screen have their statuses from the page's own response (the
// server render streams them), with no server action needed. Creating, Updating and Deleting are in
// list-status-transitions.isolated.spec.ts (an emulator delay rule holds them at the suite's time scale).
// Isolated: the Unknown case faults Resource Graph, a path every list uses. Named to run before the scale spec:
// with Resource Graph refused the list is read subscription by subscription, slow once 10,000 are seeded.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { addFault, clearFaults } from '@/lib/emulator/testing/control';
import { signInAs } from '../support/auth';
import { ARM_URL, tokenFor } from '../support/emulator';
import { gotoHydrated } from '../support/hydration';
import { registryRequestBody, TEST_SUBSCRIPTION, uniqueName } from '../registry-page/registry-fixture';
import { bodyRows, registriesTable, seedRegistries, uniquePrefix, waitForCompleteList, withFaults } from './list-support';

test.describe.configure({ mode: 'serial' });

test.beforeEach(async ({ page }) => {
  await signInAs(page);
});

/** The Status cell of the row naming `name` (the ninth column). */
function statusCell(page: Page, name: string) {
  const row = registriesTable(page).getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
  return row.getByRole('cell').nth(1);
}

/** Creates registry `name` (in its own resource group) whose storage account fails, and waits until ARM says Failed. */
async function createFailedRegistry(request: APIRequestContext, name: string): Promise<void> {
  const resourceGroup = `rg-${name}`;
  const base = `${ARM_URL}/subscriptions/${TEST_SUBSCRIPTION.id}/resourceGroups/${resourceGroup}`;
  const headers = { Authorization: `Bearer ${await tokenFor(request)}` };
  const fault = await addFault(ARM_URL, {
    kind: 'provisioning',
    resourceType: 'Microsoft.Storage/storageAccounts',
    registryName: name,
    code: 'StorageAccountQuotaExceeded',
    message: 'The subscription has no storage account quota left in this region.',
  });
  try {
    expect((await request.put(`${base}?api-version=2021-04-01`, { headers, data: { location: 'eastus' } })).status()).toBeLessThan(300);
    const put = await request.put(`${base}/providers/Microsoft.MachineLearningServices/registries/${name}?api-version=2025-09-01`, {
      headers,
      data: registryRequestBody(['eastus']),
    });
    expect(put.status(), await put.text()).toBe(201);
    // ARM's own account of the operation: it ended Failed.
    await expect
      .poll(async () => {
        const get = await request.get(`${base}/providers/Microsoft.MachineLearningServices/registries/${name}?api-version=2025-09-01`, { headers });
        return ((await get.json()) as { properties?: { provisioningState?: string } }).properties?.provisioningState;
      }, { timeout: 30_000 })
      .toBe('Failed');
  } finally {
    await clearFaults(ARM_URL, fault.id);
  }
}

test('a registry whose own operation failed reads Failed', async ({ page, request }) => {
  const name = uniqueName('e2e-failed');
  await createFailedRegistry(request, name);
  await gotoHydrated(page, `/registries?q=${name}`);
  await waitForCompleteList(page);
  await expect(statusCell(page, name)).toHaveText('Failed');
});

// A Failed registry whose leading 0 sorts it into the list's first rows (by name), the ones the server renders.
let firstRowFailed = '';

test('the rows on screen get their statuses from the page response itself, not from a later request', async ({ page, request }) => {
  const name = uniqueName('0-e2e-failed');
  await createFailedRegistry(request, name);
  firstRowFailed = name;
  // The browser may call no server action: neither the rest of the list nor the whole list's statuses arrive.
  const blocked: string[] = [];
  await page.route('**/registries**', async (route) => {
    if (route.request().method() !== 'POST' || !route.request().headers()['next-action']) return route.continue();
    blocked.push(route.request().url());
    return route.abort();
  });
  await page.goto('/registries');
  await expect(statusCell(page, name)).toHaveText('Failed');
  // Every row the server rendered has its status; none is left Checking….
  const statuses = bodyRows(page).locator('[role="cell"]:nth-child(2)');
  await expect(statuses.first()).toBeVisible();
  for (const text of await statuses.allTextContents()) expect(text).toMatch(/^(Ready|Failed|Creating|Updating|Deleting|Unknown)$/);
  await expect.poll(() => blocked.length).toBeGreaterThan(0);
});

test('after Refresh the first rows read their own statuses at once, not after the whole list', async ({ page }) => {
  expect(firstRowFailed, 'made by the previous test').not.toBe('');
  // The whole list's status read (resource groups, no registry names) is refused: only the first rows' read answers.
  const isWholeListRead = (body: string) => body.includes('"resourceGroup"') && !body.includes('"name"');
  await page.route('**/registries**', async (route) => {
    const sent = route.request();
    if (sent.method() === 'POST' && sent.headers()['next-action'] && isWholeListRead(sent.postData() ?? '')) return route.abort();
    return route.continue();
  });
  await gotoHydrated(page, '/registries');
  await expect(statusCell(page, firstRowFailed)).toHaveText('Failed');
  // The first rows' read that follows the click (the page's own load may have needed one too).
  let clicked = false;
  const firstRowsRead = page.waitForResponse(
    (response) => clicked && response.request().method() === 'POST' && (response.request().postData() ?? '').includes(`"${firstRowFailed}"`),
  );
  clicked = true;
  await page.getByRole('button', { name: 'Refresh' }).click();
  expect((await firstRowsRead).ok()).toBe(true);
  await expect(statusCell(page, firstRowFailed)).toHaveText('Failed');
});

test('a reload moments later has the rows on screen with their statuses in its HTML, no Checking… to swap', async ({ page }) => {
  expect(firstRowFailed, 'made by an earlier test').not.toBe('');
  // No server action from the browser: nothing reads the groups' histories afresh between the two loads.
  await page.route('**/registries**', (route) =>
    route.request().method() === 'POST' && route.request().headers()['next-action'] ? route.abort() : route.continue(),
  );
  await page.goto('/registries');
  await expect(statusCell(page, firstRowFailed)).toHaveText('Failed');
  // The same person again within seconds: every read the statuses need was made moments ago (group-activities.ts).
  const html = await (await page.request.get('/registries')).text();
  expect(html).toMatch(new RegExp(`>${firstRowFailed}</a></div><div role="cell"[^>]*>(?:(?!</div>).)*Failed`));
  expect(html).not.toContain('Checking…');
});

test('when the status sources cannot be read, rows read Unknown rather than Ready', async ({ page, request }) => {
  // With Resource Graph refused the list itself is read subscription by subscription: every bulk-seeded one.
  test.setTimeout(90_000);
  const seeded = await seedRegistries(request, uniquePrefix('unk'), 2);
  const groups = [...new Set(seeded.registries.map((registry) => registry.id.split('/')[4]))];
  const faults = [
    // 403s: refused reads the console does not retry (a 5xx would be retried with backoff first).
    { match: { method: 'POST', path: '/providers/Microsoft.ResourceGraph/resources' }, status: 403, code: 'AuthorizationFailed' },
    ...groups.map((group) => ({
      match: { method: 'GET', path: `/subscriptions/${seeded.subscriptionId}/resourcegroups/${group}/providers/Microsoft.Resources/deployments` },
      status: 403,
      code: 'AuthorizationFailed',
    })),
  ];
  await withFaults(faults, async () => {
    // The list itself falls back to reading subscription by subscription; the statuses have no fallback.
    await gotoHydrated(page, `/registries?q=${seeded.prefix}`);
    await waitForCompleteList(page);
    for (const registry of seeded.registries) await expect(statusCell(page, registry.name)).toHaveText('Unknown');
  });
});
