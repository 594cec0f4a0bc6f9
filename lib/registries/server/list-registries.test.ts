// listRegistries over real HTTP against a scripted ARM: Resource Graph pages first, the per-subscription
// fallback (with unreadable subscriptions reported) when ARG fails, and an ArmError when nothing can be read.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createArmClient } from '@/lib/arm/client';
import { isArmError } from '@/lib/arm/errors';
import { startFakeArm, staticCredential, type FakeArmServer, type ReceivedRequest, type ScriptedAnswer } from '@/lib/arm/testing/fake-arm-server';
import { listRegistries } from './list-registries';

// 'server-only' throws outside React's server condition; this module is server-only by design, not in a test.
vi.mock('server-only', () => ({}));

const PROD = '11111111-aaaa-4000-8000-000000000001';
const DEV = '11111111-aaaa-4000-8000-000000000002';
const SANDBOX = '11111111-aaaa-4000-8000-000000000003';
const GRAPH = '/providers/Microsoft.ResourceGraph/resources';

function registry(subscriptionId: string, resourceGroup: string, name: string, location: string, extra: string[] = []) {
  return {
    id: `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/providers/Microsoft.MachineLearningServices/registries/${name}`,
    name,
    type: 'Microsoft.MachineLearningServices/registries',
    location,
    subscriptionId,
    resourceGroup,
    properties: { regionDetails: [location, ...extra].map((region) => ({ location: region })) },
  };
}

const SUBSCRIPTIONS = {
  value: [
    { id: `/subscriptions/${PROD}`, subscriptionId: PROD, displayName: 'Contoso ML Production', state: 'Enabled' },
    { id: `/subscriptions/${DEV}`, subscriptionId: DEV, displayName: 'Contoso ML Development', state: 'Enabled' },
    { id: `/subscriptions/${SANDBOX}`, subscriptionId: SANDBOX, displayName: 'Contoso Sandbox', state: 'Enabled' },
  ],
};
const LOCATIONS = {
  value: [
    { id: 'x', name: 'eastus', displayName: 'East US', regionalDisplayName: '(US) East US' },
    { id: 'y', name: 'westeurope', displayName: 'West Europe', regionalDisplayName: '(Europe) West Europe' },
  ],
};
const registriesPath = (subscriptionId: string) => `/subscriptions/${subscriptionId}/providers/Microsoft.MachineLearningServices/registries`;
const failure = (status: number, code: string, requestId: string): ScriptedAnswer => ({
  status,
  headers: { 'x-ms-request-id': requestId },
  body: { error: { code, message: `${code} for the test` } },
});

let server: FakeArmServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function clientFor(route: (path: string, req: ReceivedRequest) => ScriptedAnswer | undefined) {
  server = await startFakeArm(
    (req, fake) =>
      route(new URL(req.url, fake.origin).pathname, req) ?? { status: 404, body: { error: { code: 'NotScripted', message: req.url } } },
  );
  return createArmClient({ endpoint: server.origin, credential: staticCredential(), retry: { maxRetries: 0 } });
}

describe('listRegistries', () => {
  it('reads every page of one Resource Graph query and joins subscription and region display names', async () => {
    const client = await clientFor((path, req) => {
      if (path === '/subscriptions') return { status: 200, body: SUBSCRIPTIONS };
      if (path === `/subscriptions/${PROD}/locations`) return { status: 200, body: LOCATIONS };
      if (path !== GRAPH) return undefined;
      const { options } = JSON.parse(req.body) as { options: { $top: number; $skipToken?: string } };
      expect(options.$top).toBe(1000);
      return options.$skipToken === 'page-2'
        ? { status: 200, body: { totalRecords: 2, count: 1, data: [registry(DEV, 'rg-b', 'zeta-models', 'westeurope')] } }
        : { status: 200, body: { totalRecords: 2, count: 1, $skipToken: 'page-2', data: [registry(PROD, 'rg-a', 'Alpha-Models', 'eastus', ['westeurope'])] } };
    });
    const list = await listRegistries(client);
    expect(list.source).toBe('resource-graph');
    expect(list.rows.map((row) => [row.name, row.resourceGroup, row.subscriptionName, row.locationDisplayName])).toEqual([
      ['Alpha-Models', 'rg-a', 'Contoso ML Production', 'East US'],
      ['zeta-models', 'rg-b', 'Contoso ML Development', 'West Europe'],
    ]);
    expect(list.rows[0].additionalRegions).toEqual([{ name: 'westeurope', displayName: 'West Europe' }]);
    // No per-subscription listing when Resource Graph answered.
    expect(server!.received.some((req) => req.url.includes('/registries?'))).toBe(false);
  });

  it('re-reads subscription names when a row names a subscription created after they were cached', async () => {
    let subscriptions = [SUBSCRIPTIONS.value[0]];
    const client = await clientFor((path) => {
      if (path === '/subscriptions') return { status: 200, body: { value: subscriptions } };
      if (path === `/subscriptions/${PROD}/locations`) return { status: 200, body: LOCATIONS };
      if (path !== GRAPH) return undefined;
      const data = [registry(PROD, 'rg-a', 'alpha', 'eastus'), ...(subscriptions.length > 1 ? [registry(DEV, 'rg-b', 'beta', 'eastus')] : [])];
      return { status: 200, body: { totalRecords: data.length, count: data.length, data } };
    });
    expect((await listRegistries(client)).rows.map((row) => row.subscriptionName)).toEqual(['Contoso ML Production']);
    subscriptions = SUBSCRIPTIONS.value.slice(0, 2);
    expect((await listRegistries(client)).rows.map((row) => row.subscriptionName)).toEqual(['Contoso ML Production', 'Contoso ML Development']);
  });

  it('falls back to ListBySubscription when Resource Graph is denied, and names the subscription it could not read', async () => {
    const client = await clientFor((path) => {
      if (path === GRAPH) return failure(403, 'AuthorizationFailed', 'req-graph');
      if (path === '/subscriptions') return { status: 200, body: SUBSCRIPTIONS };
      if (path === `/subscriptions/${PROD}/locations`) return { status: 200, body: LOCATIONS };
      if (path === registriesPath(PROD)) return { status: 200, body: { value: [registry(PROD, 'rg-a', 'alpha', 'eastus')] } };
      if (path === registriesPath(DEV)) return failure(403, 'AuthorizationFailed', 'req-dev');
      if (path === registriesPath(SANDBOX)) return failure(409, 'MissingSubscriptionRegistration', 'req-sandbox');
      return undefined;
    });
    const list = await listRegistries(client);
    expect(list.source).toBe('subscriptions');
    expect(list.graphFailure).toMatchObject({ status: 403, code: 'AuthorizationFailed', requestId: 'req-graph' });
    expect(list.rows.map((row) => row.name)).toEqual(['alpha']);
    // An unregistered subscription holds no registries: it is not "unreadable".
    expect(list.unreadable).toEqual([
      expect.objectContaining({ subscriptionId: DEV, subscriptionName: 'Contoso ML Development', code: 'AuthorizationFailed', requestId: 'req-dev' }),
    ]);
  });

  it('does not fall back when Resource Graph gets no answer at all: ARM itself is out of reach', async () => {
    const paths: string[] = [];
    server = await startFakeArm((req, fake) => {
      const path = new URL(req.url, fake.origin).pathname;
      paths.push(path);
      // undefined: the fake drops the connection without answering.
      return path === GRAPH ? undefined : { status: 200, body: SUBSCRIPTIONS };
    });
    const client = createArmClient({ endpoint: server.origin, credential: staticCredential(), retry: { maxRetries: 0 } });
    const error = await listRegistries(client).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toMatchObject({ status: 0, code: 'ServiceUnreachable' });
    expect(paths.filter((path) => path.includes('Microsoft.MachineLearningServices'))).toEqual([]);
  });

  it('throws the ArmError with its code and request id when neither path can read anything', async () => {
    const client = await clientFor((path) => {
      if (path === GRAPH) return failure(503, 'ServiceUnavailable', 'req-graph');
      if (path === '/subscriptions') return failure(500, 'InternalServerError', 'req-subs');
      return undefined;
    });
    const error = await listRegistries(client).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(isArmError(error)).toBe(true);
    expect(error).toMatchObject({ status: 500, code: 'InternalServerError', requestId: 'req-subs' });
  });
  describe('the per-subscription fallback reads a failed page again before declaring a subscription unreadable', () => {
    // PROD holds three pages of registries; `failPage2` decides what the second page's reads get.
    async function pagedClient(failPage2: (attempt: number) => ScriptedAnswer | 'drop' | null) {
      let attempts = 0;
      server = await startFakeArm((req, fake) => {
        const url = new URL(req.url, fake.origin);
        const path = url.pathname;
        if (path === GRAPH) return failure(403, 'AuthorizationFailed', 'req-graph');
        if (path === '/subscriptions') return { status: 200, body: { value: SUBSCRIPTIONS.value.slice(0, 1) } };
        if (path === `/subscriptions/${PROD}/locations`) return { status: 200, body: LOCATIONS };
        if (path !== registriesPath(PROD)) return { status: 404, body: { error: { code: 'NotScripted', message: req.url } } };
        const page = Number(url.searchParams.get('page') ?? '1');
        if (page === 2) {
          const scripted = failPage2(++attempts);
          if (scripted === 'drop') return undefined;
          if (scripted) return scripted;
        }
        const value = [1, 2].map((i) => registry(PROD, 'rg-a', `reg-${page}-${i}`, 'eastus'));
        const nextLink = page < 3 ? `${fake.origin}${registriesPath(PROD)}?api-version=2025-09-01&page=${page + 1}` : undefined;
        return { status: 200, body: { value, ...(nextLink ? { nextLink } : {}) } };
      });
      // No retries in the client itself: what is tested is the page-level retry of the fallback.
      return { client: createArmClient({ endpoint: server.origin, credential: staticCredential(), retry: { maxRetries: 0 } }), attempts: () => attempts };
    }

    it('one dropped page: every row is there and no subscription is unreadable', async () => {
      const { client, attempts } = await pagedClient((attempt) => (attempt === 1 ? 'drop' : null));
      const list = await listRegistries(client);
      expect(list.source).toBe('subscriptions');
      expect(list.rows.map((row) => row.name).sort()).toEqual(['reg-1-1', 'reg-1-2', 'reg-2-1', 'reg-2-2', 'reg-3-1', 'reg-3-2']);
      expect(list.unreadable).toEqual([]);
      expect(attempts()).toBe(2);
    });

    it('a 503 burst on one page is waited out with its Retry-After', async () => {
      const { client } = await pagedClient((attempt) => (attempt <= 2 ? { status: 503, headers: { 'retry-after': '0' }, body: { error: { code: 'ServiceUnavailable', message: 'busy' } } } : null));
      const list = await listRegistries(client);
      expect(list.rows).toHaveLength(6);
      expect(list.unreadable).toEqual([]);
    });

    it('a page that keeps failing makes the subscription unreadable, with ARM\'s code', async () => {
      const { client, attempts } = await pagedClient(() => failure(503, 'ServiceUnavailable', 'req-page2'));
      const error = await listRegistries(client).catch((caught: unknown) => caught);
      // The only subscription could not be read at all: the list fails with ARM's error, after 3 reads of the page.
      expect(error).toMatchObject({ status: 503, code: 'ServiceUnavailable', requestId: 'req-page2' });
      expect(attempts()).toBe(3);
    });

    it('a 4xx page is ARM\'s answer and is not read again', async () => {
      const { client, attempts } = await pagedClient(() => failure(403, 'AuthorizationFailed', 'req-page2'));
      await listRegistries(client).catch(() => undefined);
      expect(attempts()).toBe(1);
    });
  });
});
