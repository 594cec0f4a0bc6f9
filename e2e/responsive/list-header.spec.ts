// The list's header and search read whole on a phone, a tablet and a laptop: the search box's placeholder is
// not cut short (at 1440 px, beside the nav, the one-row toolbar leaves the box at its narrowest), and the
// description has a row of its own below the title and the asset search instead of wrapping beside the box.
import { expect, test, type Page } from '@playwright/test';
import { signInAs } from '../support/auth';
import { expectInteractive, gotoHydrated } from '../support/hydration';
import { VIEWPORTS } from './pages-under-test';

const DESCRIPTION = 'Azure Machine Learning registries in every subscription you can read.';

test.beforeEach(({ page }) => signInAs(page));

// The list with its toolbar complete: Create registry is a link once the permission is known, and the
// buttons have hydrated, so the search box has the width it keeps.
async function openList(page: Page): Promise<void> {
  await gotoHydrated(page, '/registries');
  await expect(page.getByRole('link', { name: 'Create registry' })).toBeVisible();
  await expectInteractive(page);
  await page.evaluate(() => document.fonts.ready);
}

for (const [label, viewport] of Object.entries(VIEWPORTS)) {
  test(`at ${viewport.width} px (${label}) the list search shows its whole placeholder`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openList(page);
    const search = page.getByRole('searchbox', { name: 'Search registries by name, resource group or tag' });
    // A placeholder cannot be scrolled or measured by the DOM: its text is measured in the input's own font and
    // compared with the room inside the input's padding.
    const { text, room } = await search.evaluate((input: HTMLInputElement) => {
      const style = getComputedStyle(input);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return { text: context.measureText(input.placeholder).width, room };
    });
    expect(text, `placeholder ${text.toFixed(1)} px in ${room} px`).toBeLessThanOrEqual(room);
  });

  test(`at ${viewport.width} px (${label}) the list description has its own row below the asset search`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openList(page);
    const description = page.getByText(DESCRIPTION, { exact: true });
    const assetSearch = page.getByRole('textbox', { name: 'Search assets in every registry' });
    const [text, box] = [(await description.boundingBox())!, (await assetSearch.boundingBox())!];
    expect(text.y, 'the description starts below the asset search').toBeGreaterThanOrEqual(box.y + box.height);
    const lineHeight = await description.evaluate((element) => parseFloat(getComputedStyle(element).lineHeight));
    // One line from a tablet up (it was two beside the box at 768 px, the second one word); two on a phone.
    const lines = Math.round(text.height / lineHeight);
    expect(lines, `${lines} lines`).toBeLessThanOrEqual(viewport.width >= VIEWPORTS.tablet.width ? 1 : 2);
  });
}
