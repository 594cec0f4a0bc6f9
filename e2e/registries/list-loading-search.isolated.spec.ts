// A search typed into the hub's asset search box while the list is still loading is not lost when the rows
// arrive, and Enter then searches. Isolated: it slows Resource Graph, a path every list uses.
import { expect, test } from '@playwright/test';
import { signInAs } from '../support/auth';
import { registriesTable, withFaults } from './list-support';

test('a search typed while the list loads survives the rows arriving, and Enter searches', async ({ page }) => {
  await signInAs(page);
  const resourceGraph = { method: 'POST', path: '/providers/Microsoft.ResourceGraph/resources' };
  await withFaults([{ match: resourceGraph, latencyMs: 1_500 }], async () => {
    await page.goto('/registries', { waitUntil: 'commit' });
    await expect(page.getByLabel('Loading registries')).toBeVisible();
    const search = page.getByRole('textbox', { name: 'Search assets in every registry' });
    await search.fill('churn');
    // Typed while the skeleton still stood in for the rows.
    await expect(page.getByLabel('Loading registries')).toBeVisible();
    await expect(registriesTable(page).getByRole('row').nth(1)).toBeVisible();
    await expect(search).toHaveValue('churn');
    await search.press('Enter');
    await page.waitForURL((url) => url.pathname === '/assets/search' && url.searchParams.get('q') === 'churn');
  });
});
