// axe-core over the console's pages, light and dark, on a phone and a laptop: no serious or critical
// violation in the app's own markup (Fluent internals the app cannot change are listed in axe-allow-list.ts).
import { expect, test } from '@playwright/test';
import { signInAs } from '../support/auth';
import { expectInteractive, gotoHydrated } from '../support/hydration';
import { createdPages, SEEDED_PAGES, VIEWPORTS, type PageUnderTest } from '../responsive/pages-under-test';
import { blockingViolations } from './axe-scan';

let pages: PageUnderTest[] = [];

test.beforeAll(async ({ request }) => {
  pages = [...SEEDED_PAGES, ...(await createdPages(request, 'e2e-axe'))];
});

for (const theme of ['light', 'dark'] as const) {
  for (const [label, viewport] of Object.entries({ phone: VIEWPORTS.phone, laptop: VIEWPORTS.laptop })) {
    test(`no serious violations, ${theme} theme, ${label}`, async ({ page, context, baseURL }) => {
      test.setTimeout(90_000);
      await page.setViewportSize(viewport);
      await page.goto('/signin');
      await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
      expect(await blockingViolations(page), `/signin`).toEqual([]);
      await signInAs(page);
      await context.addCookies([{ name: 'rh-theme', value: theme, url: baseURL! }]);
      for (const target of pages) {
        await gotoHydrated(page, target.path);
        await expect(page.locator('html')).toHaveAttribute('data-theme-preference', theme);
        await expect(page.getByRole('heading', { level: 1, name: target.heading })).toBeVisible();
        // The heading streams in before its part hydrates: scan the page a person can use, not the placeholders.
        await expectInteractive(page);
        expect(await blockingViolations(page), target.name).toEqual([]);
      }
    });
  }
}
