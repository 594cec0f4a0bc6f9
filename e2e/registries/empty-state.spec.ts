// A principal that can read no registry sees what a registry is for, the way to create one (disabled for this
// principal, who may not create one, with the missing permission named), and which roles would make registries visible.
import { expect, test } from '@playwright/test';
import { signInAs, UPN } from '../support/auth';
import { gotoHydrated } from '../support/hydration';

test.beforeEach(async ({ page }) => {
  await signInAs(page, UPN.noRole);
});

test('the empty state explains registries, shows Create registry (disabled, with the reason) and names the roles that grant access', async ({ page }) => {
  await gotoHydrated(page, '/registries');
  const empty = page.getByRole('region', { name: 'No registries to show' });
  await expect(empty).toBeVisible();
  await expect(empty).toContainText('shares models, environments, components and data');
  await expect(empty).toContainText('Reader or AzureML Registry User');
  const create = empty.getByRole('button', { name: 'Create registry' });
  await expect(create).toBeDisabled();
  await expect(create).toHaveAccessibleDescription(/registries\/write \(Contributor or Owner\)/);
  await expect(page.getByRole('table', { name: 'Registries' })).toHaveCount(0);
});
