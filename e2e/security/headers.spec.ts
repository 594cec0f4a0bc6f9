// Every page, route handler and static file carries the security headers (lib/http-security), with a fresh
// CSP nonce per response that Next's scripts and Fluent's style elements carry; and another origin that
// frames the console gets nothing rendered.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type APIResponse, type Page } from '@playwright/test';
import { signInAs } from '../support/auth';
import { SEED_SUBSCRIPTIONS } from '@/lib/emulator/seed/subscriptions';

function expectSecurityHeaders(response: APIResponse, what: string) {
  const headers = response.headers();
  expect(headers['content-security-policy'], what).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(headers['content-security-policy'], what).toContain("frame-ancestors 'none'");
  expect(headers['x-frame-options'], what).toBe('DENY');
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy'], what).toContain('camera=()');
  expect(headers['cross-origin-opener-policy'], what).toBe('same-origin');
  // Plain http here: HSTS only over https (https-proxy.spec.ts).
  expect(headers['strict-transport-security'], what).toBeUndefined();
  return headers['content-security-policy'].match(/'nonce-([^']+)'/)![1];
}

test('pages, route handlers, redirects, errors and static files all send the headers', async ({ page }) => {
  const anonymous = await page.request.get('/signin');
  const signInNonce = expectSecurityHeaders(anonymous, '/signin');
  const html = await anonymous.text();
  // Every script and style element of the page carries this response's nonce.
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
  const styles = [...html.matchAll(/<style\b[^>]*>/g)].map((match) => match[0]);
  expect(scripts.length).toBeGreaterThan(0);
  expect(styles.length).toBeGreaterThan(0);
  for (const tag of [...scripts, ...styles]) expect(tag).toContain(`nonce="${signInNonce}"`);
  expect(expectSecurityHeaders(await page.request.get('/signin'), '/signin again')).not.toBe(signInNonce);

  expectSecurityHeaders(await page.request.get('/registries', { maxRedirects: 0 }), 'redirect to sign-in');
  expectSecurityHeaders(await page.request.get('/api/deployments'), '401 from a route handler');
  const scriptPath = html.match(/<script\b[^>]*src="(\/_next\/static\/[^"]+)"/)![1];
  expectSecurityHeaders(await page.request.get(scriptPath), 'static chunk');
  expectSecurityHeaders(await page.request.get('/icon.svg'), 'icon');

  await signInAs(page);
  const subscription = SEED_SUBSCRIPTIONS.production.id;
  for (const path of ['/registries', '/registries/create', `/registries/${subscription}/rg-none/no-such-registry`, '/no-such-page', '/api/deployments']) {
    expectSecurityHeaders(await page.request.get(path), path);
  }
  expectSecurityHeaders(await page.request.get(`/registries/${subscription}/rg/name/operations/not-a-handle`), 'operation poll');
});

test('a page framed by another origin does not render', async ({ page, baseURL }) => {
  const reports = await catchReports(page);
  const framed = `${baseURL}/signin`;
  const attacker: Server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html' }).end(`<!doctype html><h1>Win a prize</h1><iframe title="victim" src="${framed}"></iframe>`);
  });
  await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = attacker.address() as AddressInfo;
    const consoleLoaded = page.waitForResponse(framed);
    await page.goto(`http://127.0.0.1:${port}/`);
    await expect(page.getByRole('heading', { name: 'Win a prize' })).toBeVisible();
    // The console answered, and the browser refused to show it: the frame holds Chrome's error page.
    expect((await consoleLoaded).status()).toBe(200);
    const frame = page.frames().find((candidate) => candidate !== page.mainFrame())!;
    await expect.poll(() => frame.url()).toBe('chrome-error://chromewebdata/');
    await expect(page.frameLocator('iframe').getByRole('button')).toHaveCount(0);
    await expect.poll(() => reports().join('')).toContain('frame-ancestors');
  } finally {
    await new Promise((resolve) => attacker.close(resolve));
  }
});

// Deliberate violations: their reports are answered here, so the run's log (checked for zero reports) stays clean.
async function catchReports(page: Page): Promise<() => string[]> {
  const reports: string[] = [];
  await page.context().route('**/api/csp-reports', async (route) => {
    reports.push(route.request().postData() ?? '');
    await route.fulfill({ status: 204 });
  });
  return () => reports;
}

test('markup without the nonce does not run, and the browser reports it', async ({ page }) => {
  const reports = await catchReports(page);
  await page.goto('/signin');
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
  const blocked = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        document.addEventListener('securitypolicyviolation', (event) => resolve(event.effectiveDirective), { once: true });
        // What reflected markup would be: an inline handler (a parser-inserted <script> is blocked the same way).
        document.body.insertAdjacentHTML('beforeend', '<img alt="" src="/e2e-missing.png" onerror="window.e2eInjected = true">');
      }),
  );
  expect(blocked).toBe('script-src-attr');
  expect(await page.evaluate(() => 'e2eInjected' in window)).toBe(false);
  await expect.poll(() => reports().join('')).toContain('script-src-attr');
});
