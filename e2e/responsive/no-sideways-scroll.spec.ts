// No page scrolls sideways on a phone, a tablet or a laptop: wide content (the registries table) scrolls inside
// its own container, whose first column stays in view.
import { expect, test, type Page } from '@playwright/test';
import { signInAs } from '../support/auth';
import { gotoHydrated } from '../support/hydration';
import { createdPages, SEEDED_PAGES, VIEWPORTS, type PageUnderTest } from './pages-under-test';

let pages: PageUnderTest[] = [];

test.beforeAll(async ({ request }) => {
  pages = [...SEEDED_PAGES, ...(await createdPages(request, 'e2e-fit'))];
});

test.beforeEach(({ page }) => signInAs(page));

// How far the document is wider than the window (0 when nothing scrolls sideways).
function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

for (const [label, viewport] of Object.entries(VIEWPORTS)) {
  test(`nothing scrolls sideways at ${viewport.width} px (${label})`, async ({ page }) => {
    // Eight full page loads, as the accessibility scan of the same pages allows for.
    test.setTimeout(90_000);
    await page.setViewportSize(viewport);
    for (const target of pages) {
      await gotoHydrated(page, target.path);
      await expect(page.getByRole('heading', { level: 1, name: target.heading })).toBeVisible();
      expect(await sidewaysOverflow(page), `${target.name} at ${viewport.width} px`).toBe(0);
    }
  });
}

test('on a phone the registries table scrolls in its own container and keeps the Name column in view', async ({ page }) => {
  await page.setViewportSize(VIEWPORTS.phone);
  await gotoHydrated(page, '/registries');
  const scroller = page.getByRole('region', { name: 'Registries table' });
  const firstName = scroller.getByRole('row').nth(1).getByRole('cell').first();
  await expect(firstName).toBeVisible();
  const left = (await scroller.boundingBox())!.x;
  await scroller.evaluate((element) => element.scrollTo({ left: 600 }));
  await expect.poll(() => scroller.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  expect(Math.round((await firstName.boundingBox())!.x)).toBe(Math.round(left + 1));
  expect(await sidewaysOverflow(page)).toBe(0);
});

// Each of the wizard's steps (deep-linked by ?step=) fits a phone and a tablet, with its steps above the form.
for (const viewport of [VIEWPORTS.phone, VIEWPORTS.tablet]) {
  test(`every wizard step fits at ${viewport.width} px with the stepper above the form`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.setViewportSize(viewport);
    for (const step of ['basics', 'regions', 'tags', 'review']) {
      await gotoHydrated(page, `/registries/create?step=${step}`);
      const steps = page.getByRole('tablist', { name: 'Steps' });
      const heading = page.locator('#wizard-step-heading');
      await expect(heading).toBeVisible();
      await expect(steps.getByRole('tab', { selected: true })).toBeVisible();
      expect(await sidewaysOverflow(page), `wizard ${step} at ${viewport.width} px`).toBe(0);
      const [list, title] = [(await steps.boundingBox())!, (await heading.boundingBox())!];
      expect(list.y + list.height, `the stepper is above the ${step} heading`).toBeLessThanOrEqual(title.y);
      await page.screenshot({ path: test.info().outputPath(`wizard-${step}-${viewport.width}.png`), fullPage: true });
    }
  });
}

test('at 1440 px the list toolbar is one row', async ({ page }) => {
  await page.setViewportSize(VIEWPORTS.laptop);
  await gotoHydrated(page, '/registries');
  // A link once the create permission is known (a disabled button until then).
  const create = page.getByRole('link', { name: 'Create registry' });
  await expect(create).toBeVisible();
  const exportCsv = page.getByRole('button', { name: 'Export CSV' });
  const [a, b] = [(await create.boundingBox())!, (await exportCsv.boundingBox())!];
  expect(Math.abs(a.y + a.height / 2 - (b.y + b.height / 2))).toBeLessThan(2);
});

// The registry page's tab list scrolls sideways on a phone: a page opened on a later tab scrolls that tab into
// view, or the person sees Overview…Components and no sign of which tab is open.
test('on a phone a registry page opened on its last tab shows that tab selected and in view', async ({ page }) => {
  await page.setViewportSize(VIEWPORTS.phone);
  const registry = SEEDED_PAGES.find((target) => target.name.startsWith('registry page'))!;
  await gotoHydrated(page, registry.path.replace('tab=models', 'tab=export'));
  const tabs = page.getByRole('tablist', { name: 'Registry sections' });
  const selected = tabs.getByRole('tab', { name: 'Export' });
  await expect(selected).toHaveAttribute('aria-selected', 'true');
  await expect(selected).toBeInViewport({ ratio: 1 });
  await expect(tabs.getByRole('tab', { name: 'Overview' })).not.toBeInViewport();
  expect(await sidewaysOverflow(page)).toBe(0);
});
