// Over https the session cookie is __Host- prefixed, Secure and httpOnly, and responses carry HSTS: behind a
// TLS-terminating proxy the console trusts (CONSOLE_TRUSTED_PROXIES), and when the console serves https
// itself (CONSOLE_TLS_CERT / CONSOLE_TLS_KEY, scripts/console-server.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { expect, test, type Page } from '@playwright/test';
import { UPN } from '../support/auth';
import { ARM_URL } from '../support/emulator';
import { selfSignedCertificate, startTlsProxy } from './tls-proxy';

test.use({ ignoreHTTPSErrors: true });

async function signInOver(page: Page, origin: string) {
  const response = await page.goto(`${origin}/signin?next=%2Fregistries`);
  const headers = response!.headers();
  expect(headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  expect(headers['content-security-policy']).toContain('upgrade-insecure-requests');
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
  await page.getByRole('button', { name: new RegExp(UPN.owner.replace(/[.]/g, '\\.'), 'i') }).click();
  await page.waitForURL(`${origin}/registries`);
  await expect(page.getByRole('heading', { level: 1, name: 'Registries' })).toBeVisible();
  const cookies = await page.context().cookies(origin);
  const session = cookies.find((cookie) => cookie.name === '__Host-rh_session');
  expect(session, JSON.stringify(cookies.map((cookie) => cookie.name))).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Lax', path: '/' });
  expect(cookies.find((cookie) => cookie.name === 'rh_session')).toBeUndefined();
  // Signed in with the prefixed cookie: a page load passes the session gate.
  const registries = await page.request.get(`${origin}/registries`, { maxRedirects: 0 });
  expect(registries.status()).toBe(200);
  expect(registries.headers()['strict-transport-security']).toMatch(/^max-age=/);
}

test('behind a TLS proxy the console sets __Host- Secure cookies and HSTS', async ({ page, baseURL }) => {
  const proxy = await startTlsProxy(baseURL!);
  try {
    await signInOver(page, proxy.origin);
  } finally {
    await proxy.close();
  }
});

test('with CONSOLE_TLS_CERT / CONSOLE_TLS_KEY the console serves https itself', async ({ page }) => {
  test.setTimeout(90_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'registry-hub-tls-'));
  const { cert, key } = await selfSignedCertificate();
  writeFileSync(path.join(dir, 'cert.pem'), cert);
  writeFileSync(path.join(dir, 'key.pem'), key);
  let server: ChildProcess | undefined;
  try {
    server = spawn(path.resolve('node_modules/.bin/tsx'), ['scripts/console-server.ts', '--port', '0', '--host', '127.0.0.1'], {
      env: { ...process.env, CONSOLE_TLS_CERT: path.join(dir, 'cert.pem'), CONSOLE_TLS_KEY: path.join(dir, 'key.pem'), ARM_ENDPOINT: ARM_URL, ARM_AUTH: 'emulator' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const origin = await new Promise<string>((resolve, reject) => {
      server!.once('exit', (code) => reject(new Error(`console-server exited with ${code}`)));
      createInterface({ input: server!.stdout! }).on('line', (line) => {
        // The server's JSON log line: {"msg":"listening","url":"https://127.0.0.1:…"}.
        const match = /"msg":"listening".*"url":"(https:\/\/[^"]+)"/.exec(line);
        if (match) resolve(match[1]);
      });
    });
    await signInOver(page, origin);
  } finally {
    server?.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
});
