// What the arm-slow drills measure: how soon a page's shell and its message are on screen, and the replica's own
// time for the page (its JSON log line), printed and kept in the report.
import { expect, test, type Page } from '@playwright/test';
import { INTERNALS, type DrillArm } from './drill-arm';

/** What a person should see within: the page's shell and why it waits. */
export const WITHIN_MS = 3_000;

/** Milliseconds from navigation to the shell, and to `message`. */
export async function timeUntilVisible(page: Page, path: string, message: RegExp): Promise<{ shellMs: number; messageMs: number }> {
  const started = Date.now();
  await page.goto(path, { waitUntil: 'commit' });
  await expect(page.getByRole('navigation').first()).toBeVisible({ timeout: 10_000 });
  const shellMs = Date.now() - started;
  await expect(page.getByText(message).first()).toBeVisible({ timeout: 10_000 });
  return { shellMs, messageMs: Date.now() - started };
}

// Timings go into the report, with the replica's own time for the page (its JSON log line).
export function note(arm: DrillArm, name: string, timing: { shellMs: number; messageMs: number }, path: string): void {
  const served = arm.cluster.logs().filter((l) => l.msg === 'request' && l.path === path.split('?')[0]).map((l) => l.durationMs);
  const description = `shell ${timing.shellMs} ms, message ${timing.messageMs} ms, server ${String(served.at(-1) ?? '?')} ms`;
  test.info().annotations.push({ type: name, description });
  console.log(`[timing] ${name}: ${description}`);
}

/**
 * Opens `path` and expects its shell and `message` within 3 s, with no internals on the page; the timings
 * are noted as `name` and a screenshot kept, whatever the outcome.
 */
export async function expectToldWithin3s(page: Page, arm: DrillArm, name: string, path: string, message: RegExp): Promise<void> {
  const timing = await timeUntilVisible(page, path, message);
  note(arm, name, timing, path);
  await page.screenshot({ path: test.info().outputPath(`${name.replace(/\W+/g, '-')}.png`), fullPage: true });
  await expect(page.locator('body')).not.toContainText(INTERNALS);
  expect(timing.shellMs).toBeLessThan(WITHIN_MS);
  expect(timing.messageMs).toBeLessThan(WITHIN_MS);
}
