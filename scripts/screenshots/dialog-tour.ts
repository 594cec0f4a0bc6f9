// What opens over a page, on a phone where room is tightest: the navigation drawer, the header's More menu,
// the list's Columns menu, and each registry-page dialog (opened from its button, shot, closed with Escape).
import type { Locator } from '@playwright/test';
import { PHONE, resize, settle, shoot, visit, WAIT, type Tour } from './shoot';

// Opens, shoots, and closes again: with Escape, or by pressing the opener again (the drawer's toggle).
async function shootOpen(tour: Tour, opener: Locator, opened: Locator, name: string, closeWith: 'escape' | 'opener' = 'escape'): Promise<void> {
  await opener.click();
  await opened.waitFor(WAIT);
  await shoot(tour, `dialog-${name}`, PHONE, 'window');
  if (closeWith === 'opener') await opener.click();
  else await tour.page.keyboard.press('Escape');
  await opened.waitFor({ state: 'hidden', ...WAIT });
}

/** The shell's drawer and menus, the list's column chooser, and the registry page's five dialogs. */
export async function tourDialogs(tour: Tour, registryPath: string, registryName: string): Promise<void> {
  const { page } = tour;
  await resize(tour, PHONE);
  await visit(tour, '/registries');
  const banner = page.getByRole('banner');
  await shootOpen(tour, banner.getByRole('button', { name: /navigation$/ }), page.getByRole('navigation', { name: 'Hubs' }), 'nav-drawer', 'opener');
  await shootOpen(tour, banner.getByRole('button', { name: 'More: theme and account' }), page.getByRole('menu'), 'header-more');
  await shootOpen(tour, page.getByRole('button', { name: /^Columns/ }), page.getByRole('menu'), 'list-columns');

  await visit(tour, registryPath);
  await page.getByRole('heading', { level: 1, name: registryName }).waitFor(WAIT);
  await settle(page);
  await shootOpen(tour, page.getByRole('button', { name: 'Edit tags' }), page.getByRole('dialog', { name: 'Edit tags and description' }), 'edit-tags');
  await shootOpen(tour, page.getByRole('button', { name: 'Delete', exact: true }), page.getByRole('dialog', { name: `Delete ${registryName}?` }), 'delete');

  await visit(tour, `${registryPath}?tab=regions`);
  const regions = page.getByRole('tabpanel', { name: 'Regions' });
  await regions.getByRole('table', { name: 'Regions' }).waitFor(WAIT);
  await settle(page);
  await shootOpen(tour, regions.getByRole('button', { name: 'Add regions' }), page.getByRole('dialog', { name: 'Add regions' }), 'add-regions');
  await shootOpen(tour, regions.getByRole('button', { name: /Remove region .*West Europe/ }), page.getByRole('dialog', { name: /Remove .*West Europe/ }), 'remove-region');

  await visit(tour, `${registryPath}?tab=access-control`);
  await page.locator('.fui-Skeleton').first().waitFor({ state: 'detached', ...WAIT });
  await settle(page);
  await shootOpen(tour, page.getByRole('button', { name: 'Add role assignment' }).first(), page.getByRole('dialog', { name: 'Add role assignment' }), 'add-role-assignment');
}
