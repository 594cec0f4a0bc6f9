// A full load of each page hydrates without React reporting a server/client mismatch (#418 and friends):
// times and dates render the same text on both sides, and the shell's viewport-dependent parts wait for
// hydration before they differ from the server's HTML.
import { expect, test, type ConsoleMessage } from '@playwright/test';
import { signInAs } from '../support/auth';
import { expectInteractive, gotoHydrated } from '../support/hydration';
import { createdPages, SEEDED_PAGES, VIEWPORTS, type PageUnderTest } from './pages-under-test';

const MISMATCH = /hydrat|#418|#423|#425|error 418/i;

let pages: PageUnderTest[] = [];

test.beforeAll(async ({ request }) => {
  pages = [...SEEDED_PAGES, ...(await createdPages(request, 'e2e-hyd'))];
});

for (const [label, viewport] of Object.entries({ phone: VIEWPORTS.phone, laptop: VIEWPORTS.laptop })) {
  test.describe(label, () => {
    test.use({ viewport, timezoneId: 'Pacific/Auckland', locale: 'de-DE' });

    test('full loads of every page hydrate without a mismatch', async ({ page }) => {
      // Eight full page loads, each waited on until interactive.
      test.setTimeout(90_000);
      await signInAs(page);
      const problems: string[] = [];
      const onConsole = (message: ConsoleMessage) => {
        if (message.type() === 'error' && MISMATCH.test(message.text())) problems.push(message.text());
      };
      page.on('console', onConsole);
      page.on('pageerror', (error) => {
        if (MISMATCH.test(error.message)) problems.push(error.message);
      });
      for (const target of pages) {
        await gotoHydrated(page, target.path);
        await expect(page.getByRole('heading', { level: 1, name: target.heading })).toBeVisible();
        // The page's own part streams in after the shell and hydrates later: a mismatch there is reported
        // only then, so leaving earlier would blame (or miss) the wrong page.
        await expectInteractive(page);
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      }
      expect(problems).toEqual([]);
    });
  });
}
