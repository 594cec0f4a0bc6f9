// The Registries hub lists every registry the signed-in principal can read with all ten columns, read over
// HTTP from the emulator; the first paint is server-rendered with rows.
import { expect, test } from '@playwright/test';
import { SEED_REGISTRIES } from '@/lib/emulator/seed/registries';
import { SEED_SUBSCRIPTION_LIST } from '@/lib/emulator/seed/subscriptions';
import { signInAs } from '../support/auth';
import { armList, regionDisplayNames } from '../support/emulator';
import { gotoHydrated } from '../support/hydration';
import { registriesTable, type ArmRegistry } from './list-support';

const COLUMNS = ['Name', 'Status', 'Resource group', 'Subscription', 'Primary region', 'Additional regions', 'Public network access', 'Created', 'Created by', 'Tags'];

test.beforeEach(async ({ page }) => {
  await signInAs(page);
});

test('lists every seeded registry with its ten columns as ARM describes it', async ({ page, request }) => {
  const regionNames = await regionDisplayNames(request, SEED_SUBSCRIPTION_LIST[0].id);
  await gotoHydrated(page, '/registries');
  await expect(page.getByRole('heading', { level: 1, name: 'Registries' })).toBeVisible();
  const table = registriesTable(page);
  await expect(table.getByRole('columnheader')).toHaveText(COLUMNS);
  await expect(table.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'ascending');

  for (const seeded of SEED_REGISTRIES) {
    const subscription = SEED_SUBSCRIPTION_LIST.find((candidate) => candidate.id === seeded.subscriptionId)!;
    const [wire] = (
      await armList<ArmRegistry>(request, `/subscriptions/${seeded.subscriptionId}/resourceGroups/${seeded.resourceGroup}/providers/Microsoft.MachineLearningServices/registries?api-version=2025-09-01`)
    ).filter((registry) => registry.name === seeded.name);
    // The list may hold thousands of rows (other specs bulk-seed): search brings this one into view.
    await page.getByRole('searchbox').fill(seeded.name);
    const row = table.getByRole('row').filter({ has: page.getByRole('link', { name: seeded.name, exact: true }) });
    const additional = seeded.regions.slice(1).map((region) => regionNames.get(region)!);
    const tags = Object.keys(wire.tags ?? {})
      .sort()
      .map((key) => `${key}=${wire.tags![key]}`)
      .join(', ');
    await expect(row.getByRole('cell')).toHaveText([
      seeded.name,
      'Ready',
      seeded.resourceGroup,
      subscription.displayName,
      regionNames.get(seeded.regions[0])!,
      additional.length === 0 ? 'None' : String(additional.length),
      wire.properties.publicNetworkAccess ?? 'Not set',
      /ago|just now/,
      wire.systemData?.createdBy ?? 'Unknown',
      tags || 'None',
    ]);
    if (additional.length > 0) await expect(row.getByRole('cell').nth(5).locator('span')).toHaveAttribute('title', additional.join(', '));
    await expect(row.locator('time')).toHaveAttribute('title', /^\d{4}-\d\d-\d\d \d\d:\d\d UTC$/);
    await expect(row.getByRole('link', { name: seeded.name, exact: true })).toHaveAttribute(
      'href',
      `/registries/${seeded.subscriptionId}/${seeded.resourceGroup}/${seeded.name}`,
    );
  }
});

test('the first paint is server-rendered and styled: rows and Fluent styles are in the HTML', async ({ page }) => {
  const response = await page.request.get('/registries?q=' + encodeURIComponent(SEED_REGISTRIES[0].name));
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(html).toMatch(/<style[^>]*data-make-styles-bucket="d"[^>]*>/);
  expect(html).toContain(`>${SEED_REGISTRIES[0].name}</a>`);
  // The theme's tokens come with the page's stylesheet (sent once, cached), not inline in every page.
  expect(html).not.toContain('--colorNeutralBackground1:');
  const stylesheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) => match[1]);
  const css = await Promise.all(stylesheets.map(async (href) => (await page.request.get(href)).text()));
  expect(css.join('\n')).toContain('--colorNeutralBackground1:');
});
