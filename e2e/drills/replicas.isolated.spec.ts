// Drills on two console replicas sharing one session store — Redis, and an SQLite file — as an operator
// would run them behind a load balancer: a session made on one works on the other, sign-out anywhere is
// sign-out everywhere at once, a restart of both keeps everyone signed in, each request leaves one JSON
// log line with its ids and no secrets; and (Redis, behind the round-robin proxy) kill -9 of a replica in
// mid-deployment leaves the progress page following the deployment to its end through the other.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { signInAs, UPN } from '../support/auth';
import { ARM_URL } from '../support/emulator';
import { gotoHydrated } from '../support/hydration';
import { ALL_REGIONS, registryBundle, startDeployment, uniqueName } from '../deployment-progress/support';
import { DRILL_PORT_BASE, startDrillCluster, type DrillCluster } from './drill-cluster';

// A replica's first render of each page loads its code: give drills room beyond the 30 s default.
test.describe.configure({ mode: 'serial', timeout: 120_000 });

const SESSION_COOKIE = 'rh_session';

async function sessionCookieValue(context: BrowserContext): Promise<string> {
  const cookie = (await context.cookies()).find((c) => c.name === SESSION_COOKIE);
  expect(cookie, 'session cookie after sign-in').toBeDefined();
  return cookie!.value;
}

async function expectSignedInOn(page: Page, url: string, displayName: string): Promise<void> {
  await gotoHydrated(page, `${url}/registries`);
  await expect(page).toHaveURL(`${url}/registries`);
  await expect(page.getByRole('button', { name: `Signed in as ${displayName}` })).toBeVisible();
}

for (const [store, firstPort] of [['redis', DRILL_PORT_BASE + 1], ['sqlite', DRILL_PORT_BASE + 4]] as const) {
  test.describe(`two replicas on the ${store} session store`, () => {
    let cluster: DrillCluster;
    const withProxy = store === 'redis';
    // signInAs opens /signin relative to this: sign-in happens on replica A.
    test.use({ baseURL: `http://127.0.0.1:${firstPort}` });

    test.beforeAll(async () => {
      test.setTimeout(180_000);
      cluster = await startDrillCluster({ store, armEndpoint: ARM_URL, firstPort, proxyPort: withProxy ? DRILL_PORT_BASE : undefined });
    });
    test.afterAll(async () => {
      await cluster?.close();
    });

    test('a session made on A works on B; sign-out on B is refused on A at once', async ({ page, context, request }) => {
      const [a, b] = cluster.replicas;
      await signInAs(page, UPN.contributor, '/registries');
      const copied = await sessionCookieValue(context);
      await expectSignedInOn(page, b.url, 'Carlos Contributor');

      await page.getByRole('button', { name: 'Signed in as Carlos Contributor' }).click();
      await page.getByRole('menuitem', { name: 'Sign out' }).click();
      await expect(page).toHaveURL(`${b.url}/signin`);

      // The cookie copied before sign-out, replayed on A the moment sign-out returned.
      const onA = await request.get(`${a.url}/api/deployments`, { headers: { cookie: `${SESSION_COOKIE}=${copied}` }, maxRedirects: 0 });
      expect(onA.status()).toBe(401);
      const pageOnA = await request.get(`${a.url}/registries`, { headers: { cookie: `${SESSION_COOKIE}=${copied}` }, maxRedirects: 0 });
      expect(pageOnA.status()).toBe(307);
      expect(pageOnA.headers().location).toContain('/signin');

      // One JSON line per request, with its request id and ARM's correlation ids; never a cookie or token.
      const lines = cluster.logs();
      const renders = lines.filter((l) => l.msg === 'request' && l.path === '/registries' && l.status === 200);
      expect(renders.length, 'log lines for /registries').toBeGreaterThan(0);
      for (const line of renders) expect(line.requestId).toMatch(/^[0-9a-f-]{36}$/);
      // Some of them read ARM (others are prefetches answered from per-process reference-data caches).
      expect(renders.some((l) => (l.armCorrelationIds as string[]).length > 0)).toBe(true);
      const raw = JSON.stringify(lines);
      expect(raw).not.toContain(copied);
      expect(raw).not.toMatch(/Bearer |rh_session|authorization/i);
    });

    test('restarting both replicas keeps the session', async ({ page, context }) => {
      await signInAs(page, UPN.reader, '/registries');
      await sessionCookieValue(context);
      // A clean stop: SIGTERM drains and exits 0.
      await Promise.all(cluster.replicas.map((r) => r.stop()));
      expect(cluster.replicas.map((r) => r.child.exitCode)).toEqual([0, 0]);
      await cluster.restart(0);
      await cluster.restart(1);
      for (const replica of cluster.replicas) await expectSignedInOn(page, replica.url, 'Rita Reader');
    });

    test('/api/health and /api/ready answer without a session', async ({ request }) => {
      for (const replica of cluster.replicas) {
        expect((await request.get(`${replica.url}/api/health`)).status()).toBe(200);
        const ready = await request.get(`${replica.url}/api/ready`);
        expect(ready.status(), await ready.text()).toBe(200);
        expect(await ready.json()).toMatchObject({ status: 'ready', checks: { arm: { ok: true }, sessionStore: { ok: true, backend: store } } });
      }
    });

    if (withProxy) {
      test('kill -9 of replica A mid-deployment: the progress page follows it to the end through B', async ({ page, request }) => {
        test.setTimeout(90_000);
        const proxy = cluster.proxy!.url;
        // Cookies are per host, not per port: signed in on A, the browser is signed in through the proxy too.
        await signInAs(page, UPN.owner, '/registries');
        const deployment = await startDeployment(request, registryBundle(uniqueName('e2edrill'), ALL_REGIONS));
        await gotoHydrated(page, `${proxy}${deployment.path}`);
        await expect(page.getByRole('heading', { name: 'Deployment is in progress' })).toBeVisible();
        const table = page.getByRole('table', { name: 'Deployment details' });
        await expect(table.locator('[data-status]').first()).toBeVisible();

        await cluster.replicas[0].kill();
        expect(cluster.replicas[0].child.signalCode).toBe('SIGKILL');

        await expect(page.getByRole('heading', { name: 'Your deployment is complete' })).toBeVisible({ timeout: 60_000 });
        await expect(table.locator('[data-status]')).toHaveCount(57);
        await expect(table.locator('[data-status="succeeded"]')).toHaveCount(57);
      });
    }
  });
}
