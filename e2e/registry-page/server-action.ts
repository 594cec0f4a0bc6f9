// Calls a server action the way the browser does (POST with the `Next-Action` header), but directly: the
// action id comes from the build's server-reference manifest, so a spec can call an action the UI never
// offers (e.g. a Reader's write). The session cookie of the page's context rides along.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';

type Manifest = { node: Record<string, { filename?: string; exportedName?: string }> };

/** The id of `exportedName` from `filename` in the build the test server runs (NEXT_DIST_DIR, default .next). */
export function serverActionId(filename: string, exportedName: string): string {
  const dist = process.env.NEXT_DIST_DIR ?? '.next';
  const manifest = JSON.parse(readFileSync(path.join(dist, 'server', 'server-reference-manifest.json'), 'utf8')) as Manifest;
  const id = Object.entries(manifest.node).find(([, entry]) => entry.filename === filename && entry.exportedName === exportedName)?.[0];
  expect(id, `${exportedName} in ${filename}`).toBeDefined();
  return id!;
}

/** POSTs the action with `args` to `pagePath`; resolves with the RSC response text (which carries the result). */
export async function callServerAction(page: Page, pagePath: string, actionId: string, args: unknown[]): Promise<string> {
  const origin = new URL(page.url()).origin;
  const response = await page.request.post(`${origin}${pagePath}`, {
    headers: { 'Next-Action': actionId, 'Content-Type': 'text/plain;charset=UTF-8', Accept: 'text/x-component', Origin: origin },
    data: JSON.stringify(args),
  });
  expect(response.status(), await response.text()).toBe(200);
  return response.text();
}
