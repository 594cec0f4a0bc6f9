// listRegistries over real HTTP against a scripted ARM: subscriptions, per-subscription registries and locations.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createArmClient } from '@/lib/arm/client';
import { isArmError } from '@/lib/arm/errors';
import { startFakeArm, staticCredential, type FakeArmServer, type ScriptedAnswer } from '@/lib/arm/testing/fake-arm-server';
import { listRegistries } from './list-registries';

// 'server-only' throws outside React's server condition; this module is server-only by design, not in a test.
vi.mock('server-only', () => ({}));

const PROD = '11111111-aaaa-4000-8000-000000000001';
const SANDBOX = '11111111-aaaa-4000-8000-000000000002';

function registry(subscriptionId: string, resourceGroup: string, name: string, location: string, extra: string[] = []) {
  return {
    id: `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/providers/Microsoft.MachineLearningServices/registries/${name}`,
    name,
    type: 'Microsoft.MachineLearningServices/registries',
    location,
    properties: { regionDetails: [location, ...extra].map((region) => ({ location: region })) },
  };
}

const LOCATIONS = {
  value: [
    { id: 'x', name: 'eastus', displayName: 'East US', regionalDisplayName: '(US) East US' },
    { id: 'y', name: 'westeurope', displayName: 'West Europe', regionalDisplayName: '(Europe) West Europe' },
  ],
};

let server: FakeArmServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

// Routes by path; they receive the server's origin because ARM's nextLink is absolute.
async function clientFor(routes: (origin: string) => Record<string, ScriptedAnswer>) {
  server = await startFakeArm(
    (req, fake) =>
      routes(fake.origin)[new URL(req.url, fake.origin).pathname] ?? { status: 404, body: { error: { code: 'NotScripted', message: req.url } } },
  );
  return createArmClient({ endpoint: server.origin, credential: staticCredential(), retry: { maxRetries: 0 } });
}

describe('listRegistries', () => {
  it('joins every subscription, reads names on every page, and skips subscriptions without the ML provider', async () => {
    const registriesPath = `/subscriptions/${PROD}/providers/Microsoft.MachineLearningServices/registries`;
    const client = await clientFor((origin) => ({
      '/subscriptions': {
        status: 200,
        body: {
          value: [
            { id: `/subscriptions/${PROD}`, subscriptionId: PROD, displayName: 'Contoso ML Production', state: 'Enabled' },
            { id: `/subscriptions/${SANDBOX}`, subscriptionId: SANDBOX, displayName: 'Contoso Sandbox', state: 'Enabled' },
          ],
        },
      },
      [registriesPath]: {
        status: 200,
        body: { value: [registry(PROD, 'rg-b', 'zeta-models', 'westeurope')], nextLink: `${origin}${registriesPath}/page2?$skipToken=2` },
      },
      [`${registriesPath}/page2`]: { status: 200, body: { value: [registry(PROD, 'rg-a', 'Alpha-Models', 'eastus', ['westeurope'])] } },
      [`/subscriptions/${PROD}/locations`]: { status: 200, body: LOCATIONS },
      [`/subscriptions/${SANDBOX}/providers/Microsoft.MachineLearningServices/registries`]: {
        status: 409,
        body: { error: { code: 'MissingSubscriptionRegistration', message: "The subscription is not registered to use namespace 'Microsoft.MachineLearningServices'." } },
      },
    }));
    const rows = await listRegistries(client);
    expect(rows.map((row) => [row.name, row.resourceGroup, row.subscriptionName, row.locationDisplayName])).toEqual([
      ['Alpha-Models', 'rg-a', 'Contoso ML Production', 'East US'],
      ['zeta-models', 'rg-b', 'Contoso ML Production', 'West Europe'],
    ]);
    expect(rows[0].additionalRegions).toEqual([{ name: 'westeurope', displayName: 'West Europe' }]);
    // No locations call for the subscription that holds no registries.
    expect(server!.received.some((req) => req.url.startsWith(`/subscriptions/${SANDBOX}/locations`))).toBe(false);
  });

  it('lets any other ARM failure through as an ArmError with its code and request id', async () => {
    const client = await clientFor(() => ({
      '/subscriptions': {
        status: 403,
        headers: { 'x-ms-request-id': 'req-403' },
        body: { error: { code: 'AuthorizationFailed', message: 'The client does not have authorization.' } },
      },
    }));
    const failure = await listRegistries(client).then(
      () => null,
      (error: unknown) => error,
    );
    expect(isArmError(failure)).toBe(true);
    expect(failure).toMatchObject({ status: 403, code: 'AuthorizationFailed', requestId: 'req-403' });
  });
});
