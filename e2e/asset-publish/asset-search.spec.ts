// The tenant-wide asset search from the Registries hub: assets whose names contain the query, found in two
// registries, and a third registry whose assets could not be read named with ARM's reason in plain words.
import { expect, test } from '@playwright/test';
import { signInAs, UPN } from '../support/auth';
import { addHttpFault, createTestRegistry, uniqueName } from '../registry-page/registry-fixture';
import { putModelVersion } from './asset-fixture';

test('finds matching assets across registries and names the one it could not search', async ({ page, request }) => {
  const [first, second, refused] = await Promise.all(
    ['e2e-srch-a', 'e2e-srch-b', 'e2e-srch-x'].map((prefix) => createTestRegistry(request, { prefix, regions: ['eastus'] })),
  );
  const token = uniqueName('needle').replace('-', '');
  await putModelVersion(request, first, `${token}-churn`, 'Churn in the first registry');
  await putModelVersion(request, second, `${token}-fraud`, 'Fraud in the second registry');
  await putModelVersion(request, second, 'unrelated-model', 'Does not match');
  // The third registry's asset lists answer 403, as ARM does for a role without registries/assets/read.
  await addHttpFault(request, {
    match: { method: 'GET', path: `${refused.armPath}/*` },
    times: 100,
    status: 403,
    code: 'AuthorizationFailed',
    message: `The client 'reader' with object id '00000000-0000-0000-0000-000000000000' does not have authorization to perform action 'Microsoft.MachineLearningServices/registries/assets/read' over scope '${refused.armPath}' or the scope is invalid.`,
  });

  await signInAs(page, UPN.owner, '/registries');
  const search = page.getByRole('textbox', { name: 'Search assets in every registry' });
  await search.fill(token);
  await search.press('Enter');
  await page.waitForURL((url) => url.pathname === '/assets/search' && url.searchParams.get('q') === token);
  // The trail names the page, as every other page's does: the product is a link, the page is current text.
  const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(breadcrumb.getByRole('link')).toHaveText(['Registry Hub']);
  await expect(breadcrumb.locator('[aria-current="page"]')).toHaveText('Search assets');

  await expect(page.getByRole('status').filter({ hasText: /assets? named like/ })).toContainText(`2 assets named like "${token}" in 2 of`);
  const firstHits = page.getByRole('table', { name: `Matching assets in ${first.name}` });
  await expect(firstHits.getByRole('link', { name: `${token}-churn` })).toHaveAttribute('href', `${first.path}/assets/models/${token}-churn?version=1`);
  await expect(page.getByRole('table', { name: `Matching assets in ${second.name}` }).getByRole('row')).toHaveCount(2);
  await expect(page.getByText('unrelated-model')).toHaveCount(0);
  const notSearched = page.getByRole('list', { name: 'Registries not searched' });
  await expect(notSearched).toContainText(refused.name);
  await expect(notSearched).toContainText("You don't have permission");
  await expect(notSearched).toContainText('AuthorizationFailed');
});
