// Runs axe-core on the current page (WCAG 2.x A/AA plus best practices) and returns the serious and critical
// violations that the allow-list does not accept, as readable lines for the assertion message.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { AXE_ALLOW_LIST } from './axe-allow-list';

const BLOCKING = new Set(['serious', 'critical']);

function allowed(rule: string, html: string): boolean {
  return AXE_ALLOW_LIST.some((entry) => entry.rule === rule && html.includes(entry.html));
}

/** "rule (impact): selector — summary" for each blocking violation on the page. */
export async function blockingViolations(page: Page): Promise<string[]> {
  // Fluent animates colours (a dialog's fade-in, a button enabled after hydration): scan the settled styles, not a
  // frame of a transition. Endless animations (spinners) are left running.
  await page.evaluate(() =>
    Promise.all(document.getAnimations().filter((a) => a.effect?.getComputedTiming().endTime !== Infinity).map((a) => a.finished.catch(() => undefined))),
  );
  // Only violations are read: axe then keeps one node per passed or inapplicable rule instead of every node it
  // checked, which took a page's scan from 1.25 s to 1.05 s on average (9 pages, light laptop).
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .options({ resultTypes: ['violations'] })
    .analyze();
  const lines: string[] = [];
  for (const violation of results.violations) {
    if (!BLOCKING.has(violation.impact ?? '')) continue;
    for (const node of violation.nodes) {
      const target = node.target.join(' ');
      if (allowed(violation.id, node.html)) continue;
      lines.push(`${violation.id} (${violation.impact}): ${target} — ${node.failureSummary?.replace(/\s+/g, ' ') ?? violation.help}`);
    }
  }
  return lines;
}
