// The hostile-input sweep: a few hundred inputs at every way into the console — route params, query strings,
// redirect targets, forged operation handles (a canary server must receive nothing), markup in text fields,
// and hostile or oversized bodies at every server action. The verdict for each response is the same
// (hostile-inputs.ts): no 5xx, no markup reflected into HTML, no redirect off the console, no header injected.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { SEED_SUBSCRIPTIONS } from '@/lib/emulator/seed/subscriptions';
import { signInAs } from '../support/auth';
import { ARM_URL } from '../support/emulator';
import { HOSTILE_STRINGS, MARKUP, responseProblems } from './hostile-inputs';

const SUB = SEED_SUBSCRIPTIONS.production.id;
const BATCH = 6;

/** Sends every request (a few at a time) and collects each response's problems; returns how many were sent. */
async function sweep(requests: { label: string; send: () => Promise<APIResponse>; status?: number }[], origin: string): Promise<number> {
  const problems: string[] = [];
  for (let i = 0; i < requests.length; i += BATCH) {
    await Promise.all(
      requests.slice(i, i + BATCH).map(async ({ label, send, status }) => {
        const response = await send();
        const found = responseProblems({ status: response.status(), headers: response.headers(), body: await response.text(), origin });
        if (status !== undefined && response.status() !== status) found.push(`HTTP ${response.status()}, expected ${status}`);
        problems.push(...found.map((problem) => `${label}: ${problem}`));
      }),
    );
  }
  expect(problems).toEqual([]);
  return requests.length;
}

const get = (request: APIRequestContext, url: string) => ({ label: `GET ${url.slice(0, 120)}`, send: () => request.get(url, { maxRedirects: 0 }) });

test('route params and query strings: no 5xx, no reflected markup, no open redirect', async ({ page, request, baseURL }) => {
  test.setTimeout(120_000);
  await signInAs(page);
  const e = encodeURIComponent;
  const requests = HOSTILE_STRINGS.flatMap((h) => [
    get(page.request, `/registries/${e(h)}/rg/name`),
    get(page.request, `/registries/${SUB}/${e(h)}/name`),
    get(page.request, `/registries/${SUB}/rg/${e(h)}?tab=${e(h)}&op=${e(h)}&opKind=${e(h)}&opRegions=${e(h)}`),
    get(page.request, `/registries/${SUB}/rg/name/operations/${e(h)}`),
    get(page.request, `/deployments/${SUB}/${e(h)}/${e(h)}`),
    get(page.request, `/api/deployments/${e(h)}/rg/name`),
    get(page.request, `/api/deployments?d=${e(h)}&d=${SUB}/${e(h)}/x`),
    get(page.request, `/registries?q=${e(h)}`),
    get(page.request, `/signin?next=${e(h)}&error=${e(h)}`),
    // Signed out: the gate's redirect to sign-in carries the hostile path and query.
    get(request, `/registries/${e(h)}?next=${e(h)}`),
    get(request, `/signin/entra?next=${e(h)}`),
  ]);
  const sent = await sweep(requests, new URL(baseURL!).origin);
  console.log(`[sweep] route params and query strings: ${sent} requests`);
});

test('sign-in never sends anyone off the console, whatever ?next says', async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  const targets = ['//evil.example', 'https://evil.example/', '/\\evil.example', '\\\\evil.example/x', 'javascript:alert(1)', '/%2F%2Fevil.example', `/registries?q=${MARKUP[0]}`];
  for (const next of targets) {
    await page.context().clearCookies();
    await signInAs(page, undefined, next);
    expect(new URL(page.url()).origin, next).toBe(new URL(baseURL!).origin);
    await expect(page.locator('img[src="x"], svg[onload], script:not([src]):not([nonce])')).toHaveCount(0);
  }
  console.log(`[sweep] redirect targets: ${targets.length} sign-ins`);
});

test('forged operation handles never make the console call another host', async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  let canaryHits = 0;
  const canary: Server = createServer((_request, response) => {
    canaryHits += 1;
    response.writeHead(200, { 'Content-Type': 'application/json' }).end('{"status":"Succeeded"}');
  });
  await new Promise<void>((resolve) => canary.listen(0, '127.0.0.1', resolve));
  try {
    await signInAs(page);
    const { port } = canary.address() as AddressInfo;
    const arm = new URL(ARM_URL);
    const armPath = `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.MachineLearningServices/registries/name`;
    const pollUrls = [
      `http://127.0.0.1:${port}${armPath}`,
      `http://localhost:${port}${armPath}`,
      `http://${arm.host}@127.0.0.1:${port}${armPath}`,
      `http://127.0.0.1:${port}\\@${arm.host}${armPath}`,
      `http://127.0.0.1:${port}/${arm.host}${armPath}`,
      `//127.0.0.1:${port}${armPath}`,
      `${ARM_URL}.127.0.0.1.nip.io:${port}${armPath}`,
      `file:///etc/passwd`,
    ];
    const handles = pollUrls.flatMap((pollUrl) =>
      (['azure-async-operation', 'location', 'provisioning-state'] as const).flatMap((kind) => [
        { kind, pollUrl, startedAt: new Date().toISOString() },
        // On the endpoint, but the resource to read afterwards is the canary.
        { kind, pollUrl: `${ARM_URL}${armPath}`, resourceUrl: pollUrl, startedAt: new Date().toISOString() },
      ]),
    );
    const encoded = handles.map((handle) => Buffer.from(JSON.stringify(handle), 'utf8').toString('base64url'));
    const requests = encoded.flatMap((handle) => [
      // The poll route refuses each handle outright.
      { ...get(page.request, `/registries/${SUB}/rg/name/operations/${handle}`), status: 400 },
      get(page.request, `/registries/${SUB}/rg/name?op=${handle}&opKind=add-regions&opRegions=eastus`),
    ]);
    const sent = await sweep(requests, new URL(baseURL!).origin);
    expect(canaryHits).toBe(0);
    console.log(`[sweep] forged handles: ${sent} requests, canary hits: ${canaryHits}`);
  } finally {
    await new Promise((resolve) => canary.close(resolve));
  }
});

type Manifest = { node: Record<string, { filename?: string; exportedName?: string; workers?: Record<string, unknown> }> };

// A page that has the action: its first worker ("app/…/page"), with route params filled in.
function pagePathOf(worker: string): string {
  // Route groups ("(list)") are folders, not URL segments: a POST to /registries/(list) reaches no page with the
  // action, and Next forwards it elsewhere instead of running it on the hostile body.
  const route = worker.replace(/^app/, '').replace(/\/page$/, '').replace(/\/\([^)]+\)/g, '') || '/';
  return route.replace('[subscriptionId]', SUB).replace('[resourceGroup]', 'rg-sweep').replace(/\[[^\]]+\]/g, 'sweep');
}

test('every server action answers hostile and oversized bodies without a 5xx', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  await signInAs(page);
  const origin = new URL(baseURL!).origin;
  const manifest = JSON.parse(readFileSync(path.join(process.env.NEXT_DIST_DIR ?? '.next', 'server', 'server-reference-manifest.json'), 'utf8')) as Manifest;
  // Sign-in and sign-out change the session the other calls ride on: they go last.
  const actions = Object.entries(manifest.node)
    .map(([id, entry]) => ({ id, name: `${entry.filename}#${entry.exportedName}`, path: pagePathOf(Object.keys(entry.workers ?? {})[0] ?? 'app/page') }))
    .sort((a, b) => Number(/sign-(in|out)/.test(a.name)) - Number(/sign-(in|out)/.test(b.name)));
  expect(actions.length).toBeGreaterThan(10);
  const bodies: [string, string][] = [
    ...MARKUP.slice(0, 3).map((markup): [string, string] => [`markup`, JSON.stringify([markup, { name: markup, tags: [{ name: markup, value: markup }], description: markup, confirmName: markup, regions: [markup] }])]),
    ['long strings', JSON.stringify(['A'.repeat(200_000), { name: 'B'.repeat(100_000) }])],
    ['prototype keys', '[{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}},{"__proto__":null}]'],
    ['wrong types', JSON.stringify([42, [null, true, { subscriptionId: 7, resourceGroup: [], name: {} }]])],
    ['not JSON', '<script>alert(1)</script>'],
    ['deep nesting', `${'['.repeat(3000)}${']'.repeat(3000)}`],
    ['oversized', JSON.stringify(['x'.repeat(1_100_000)])],
  ];
  const requests = actions.flatMap((action) =>
    bodies.map(([what, data]) => ({
      label: `${action.name} (${what})`,
      send: () =>
        page.request.post(action.path, {
          headers: { 'Next-Action': action.id, 'Content-Type': 'text/plain;charset=UTF-8', Accept: 'text/x-component', Origin: origin },
          data,
          maxRedirects: 0,
        }),
    })),
  );
  const sent = await sweep(requests, origin);
  const oversized = await page.request.post(actions[0].path, {
    headers: { 'Next-Action': actions[0].id, 'Content-Type': 'text/plain;charset=UTF-8', Origin: origin },
    data: 'x'.repeat(1_100_000),
  });
  expect(oversized.status()).toBe(413);
  console.log(`[sweep] server actions: ${actions.length} actions × ${bodies.length} bodies = ${sent} requests`);
});

test('markup typed into text fields is shown as text, never run', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await signInAs(page, undefined, '/registries/create');
  const fields = page.getByRole('textbox');
  await expect(fields.first()).toBeVisible();
  const count = await fields.count();
  for (let i = 0; i < count; i += 1) {
    const field = fields.nth(i);
    if (await field.isEditable()) await field.fill(MARKUP[1]);
  }
  await page.keyboard.press('Tab');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await page.goto(`/registries?q=${encodeURIComponent(MARKUP[1])}`);
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
  await expect(page.getByRole('searchbox', { name: /Search registries/ })).toHaveValue(MARKUP[1]);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(dialogs).toEqual([]);
  console.log(`[sweep] text fields: ${count} fields on the create wizard, plus the registry search`);
});
