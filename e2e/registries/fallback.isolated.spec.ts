// When Resource Graph fails, the list is read subscription by subscription: it still appears, with a banner
// saying so and naming any subscription that could not be read. When every way of listing fails, the error
// state shows ARM's code and request id. Fault rules are global to the emulator: these tests run one at a
// time, rules on shared paths fire once (`times: 1`, consumed by the page load that follows at once) so no
// other spec's request is failed, and leftover rules are removed by id.
import { expect, test } from '@playwright/test';
import { SEED_REGISTRIES } from '@/lib/emulator/seed/registries';
import { signInAs, UPN } from '../support/auth';
import { gotoHydrated } from '../support/hydration';
import { bodyRows, seedRegistries, shownNames, uniquePrefix, waitForCompleteList, withFaults } from './list-support';

test.describe.configure({ mode: 'serial' });

const GRAPH_FAULT = {
  match: { method: 'POST', path: '/providers/Microsoft.ResourceGraph/resources' },
  status: 403,
  code: 'AuthorizationFailed',
  message: 'The client does not have authorization to perform action Microsoft.ResourceGraph/resources/read.',
  times: 1,
};

test.beforeEach(async ({ page }) => {
  // Not landing on /registries: its background reads (remaining pages, statuses) use Resource Graph too and
  // could consume a one-time fault meant for the page load under test.
  await signInAs(page, UPN.owner, '/registries/create');
});

test('with Resource Graph failing, the per-subscription list still appears and names the unreadable subscription', async ({ page, request }) => {
  const seeded = await seedRegistries(request, uniquePrefix('fb'), 3);
  const unreadable = await seedRegistries(request, uniquePrefix('fbx'), 2);
  const subscriptionFault = {
    match: { method: 'GET', path: `/subscriptions/${unreadable.subscriptionId}/providers/Microsoft.MachineLearningServices/registries` },
    status: 403,
    code: 'AuthorizationFailed',
    message: 'No access to this subscription for the test.',
  };
  await withFaults([GRAPH_FAULT, subscriptionFault], async () => {
    await gotoHydrated(page, `/registries?q=${seeded.prefix}`);
    await waitForCompleteList(page);
    await expect(page.getByText('Listed subscription by subscription')).toBeVisible();
    await expect(page.getByText(GRAPH_FAULT.code).first()).toBeVisible();
    await expect.poll(() => shownNames(page)).toEqual(seeded.registries.map((registry) => registry.name).sort());

    const missing = page.getByRole('list', { name: 'Subscriptions that could not be read' });
    await expect(missing).toContainText(unreadable.subscriptionName);
    await expect(missing).toContainText('AuthorizationFailed');
    await expect(missing).toContainText('Request ID');

    // The demo tenant's registries are listed too.
    await page.getByRole('searchbox').fill(SEED_REGISTRIES[0].name);
    await expect(bodyRows(page).getByRole('link', { name: SEED_REGISTRIES[0].name, exact: true })).toBeVisible();
  });
});

test('with every way of listing failing, the error state shows the ARM code and request id, and Retry recovers', async ({ page }) => {
  const subscriptionsFault = {
    match: { method: 'GET', path: '/subscriptions' },
    status: 403,
    code: 'AuthorizationFailed',
    message: 'The client cannot list subscriptions (test fault).',
    times: 1,
  };
  await withFaults([GRAPH_FAULT, subscriptionsFault], async () => {
    await gotoHydrated(page, '/registries');
    const alert = page.getByRole('alert').filter({ hasText: "Couldn't load registries" });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('AuthorizationFailed');
    await expect(alert).toContainText(subscriptionsFault.message);
    await expect(alert.locator('dt', { hasText: 'Request ID' })).toBeVisible();
    await expect(alert.locator('dt', { hasText: 'Request ID' }).locator('+ dd')).toHaveText(/\S+/);
  });
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('table', { name: 'Registries' })).toBeVisible();
});
