// What the arm-slow drills measure: how soon a page's shell and its message are on screen, and the replica's own
// time for the page (its JSON log line), printed and kept in the report.
import { expect, test, type Page } from '@playwright/test';
import type { DrillArm } from './drill-arm';

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
