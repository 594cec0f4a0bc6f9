// The Registries hub lists every registry the console's principal (the seeded Owner) can read, with resource
// group, subscription display name and primary region display name, read over HTTP from the emulator.
import { expect, test } from '@playwright/test';
import { SEED_REGISTRIES } from '@/lib/emulator/seed/registries';
import { SEED_SUBSCRIPTION_LIST } from '@/lib/emulator/seed/subscriptions';
import { regionDisplayNames } from '../support/emulator';
import { gotoHydrated } from '../support/hydration';

test('lists every seeded registry with its resource group, subscription and primary region', async ({ page, request }) => {
  const regionNames = await regionDisplayNames(request, SEED_SUBSCRIPTION_LIST[0].id);
  await gotoHydrated(page, '/registries');
  await expect(page.getByRole('heading', { level: 1, name: 'Registries' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Registries' });
  await expect(table.getByRole('columnheader')).toHaveText(['Name', 'Resource group', 'Subscription', 'Primary region']);

  for (const seeded of SEED_REGISTRIES) {
    const subscription = SEED_SUBSCRIPTION_LIST.find((candidate) => candidate.id === seeded.subscriptionId);
    const primary = regionNames.get(seeded.regions[0]);
    expect(subscription, `seed subscription of ${seeded.name}`).toBeDefined();
    expect(primary, `display name of ${seeded.regions[0]}`).toBeDefined();
    const row = table.getByRole('row').filter({ has: page.getByRole('link', { name: seeded.name, exact: true }) });
    await expect(row.getByRole('cell')).toHaveText([seeded.name, seeded.resourceGroup, subscription!.displayName, primary!]);
    await expect(row.getByRole('link', { name: seeded.name, exact: true })).toHaveAttribute(
      'href',
      `/registries/${seeded.subscriptionId}/${seeded.resourceGroup}/${seeded.name}`,
    );
  }
});

test('the first paint is server-rendered and styled: rows and Fluent styles are in the HTML', async ({ request }) => {
  const response = await request.get('/registries');
  expect(response.status()).toBe(200);
  const html = await response.text();
  // Griffel's server-inserted style elements and FluentProvider's theme variables precede the markup.
  expect(html).toMatch(/<style[^>]*data-make-styles-bucket="d"[^>]*>/);
  expect(html).toContain('--colorNeutralBackground1:');
  for (const seeded of SEED_REGISTRIES) expect(html).toContain(`>${seeded.name}</a>`);
});
