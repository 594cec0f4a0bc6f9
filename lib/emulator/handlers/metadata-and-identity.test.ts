// What tools discover before any ARM call, as they send it: the cloud metadata az and msrestazure read
// (with the double slash az produces from an endpoint ending in '/'), the managed-identity token endpoint
// in the Cloud Shell / App Service protocols, and paths with repeated slashes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_PRINCIPALS, SEED_SUBSCRIPTIONS } from '../seed';
import type { EmulatorFixture } from '../testing/emulator-fixture';
import { startFixture } from '../testing/emulator-fixture';
import { rawRequest } from '../testing/raw-request';

let emu: EmulatorFixture;
beforeAll(async () => {
  emu = await startFixture();
});
afterAll(() => emu.close());

const claims = (jwt: string) => JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8')) as Record<string, unknown>;
const form = (fields: Record<string, string>) => ({
  method: 'POST',
  headers: { Metadata: 'true', 'Content-Type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields).toString(),
});

describe('cloud metadata', () => {
  it("answers az's 2015-01-01 read (double slash included) with the emulator's own URLs and ARM's audiences", async () => {
    const res = await rawRequest(`${emu.httpsUrl}//metadata/endpoints?api-version=2015-01-01`, { ca: emu.caPem });
    expect(res.status).toBe(200);
    expect(res.json()).toEqual({
      galleryEndpoint: `${emu.httpsUrl}/`,
      graphEndpoint: `${emu.httpsUrl}/`,
      portalEndpoint: `${emu.httpsUrl}/`,
      authentication: { loginEndpoint: `${emu.httpsUrl}/`, audiences: ['https://management.core.windows.net/', 'https://management.azure.com/'] },
    });
  });

  it('answers the list form (2019-05-01) and the single cloud (2022-09-01), and refuses a missing api-version', async () => {
    const list = await rawRequest(`${emu.url}/metadata/endpoints?api-version=2019-05-01`);
    expect(list.json<unknown[]>()).toEqual([expect.objectContaining({ name: 'ArmEmulator', resourceManager: `${emu.url}/` })]);
    const one = await rawRequest(`${emu.url}/metadata/endpoints?api-version=2022-09-01`);
    expect(one.json()).toMatchObject({ resourceManager: `${emu.url}/`, authentication: { audiences: ['https://management.core.windows.net/', 'https://management.azure.com/'] } });
    const missing = await rawRequest(`${emu.url}/metadata/endpoints`);
    expect([missing.status, missing.json<{ error: { code: string } }>().error.code]).toEqual([400, 'MissingApiVersionParameter']);
  });
});

describe('managed identity', () => {
  it('issues a token for the configured principal the way az login --identity asks (POST form, Metadata: true)', async () => {
    const res = await rawRequest(`${emu.url}/msi/token`, form({ resource: 'https://management.core.windows.net/' }));
    expect(res.status).toBe(200);
    const body = res.json<{ access_token: string; token_type: string; expires_on: string; resource: string }>();
    expect(body).toMatchObject({ token_type: 'Bearer', resource: 'https://management.core.windows.net/' });
    expect(Number(body.expires_on)).toBeGreaterThan(Date.now() / 1000);
    expect(claims(body.access_token)).toMatchObject({ oid: SEED_PRINCIPALS.owner.id, aud: 'https://management.core.windows.net/' });
    const subs = await rawRequest(`${emu.url}/subscriptions?api-version=2022-12-01`, { headers: { Authorization: `Bearer ${body.access_token}` } });
    expect(subs.json<{ value: unknown[] }>().value.length).toBeGreaterThan(0);
  });

  it('answers for the seeded principal a client id or object id names, in the App Service protocols too', async () => {
    const byObjectId = await rawRequest(`${emu.url}/msi/token`, form({ resource: 'https://management.azure.com/', object_id: SEED_PRINCIPALS.reader.id }));
    expect(claims(byObjectId.json<{ access_token: string }>().access_token).oid).toBe(SEED_PRINCIPALS.reader.id);
    const appService = await rawRequest(`${emu.url}/msi/token?resource=https://management.azure.com&api-version=2019-08-01&client_id=${SEED_PRINCIPALS.contributor.id}`, {
      headers: { 'X-IDENTITY-HEADER': 'any' },
    });
    expect(claims(appService.json<{ access_token: string }>().access_token).oid).toBe(SEED_PRINCIPALS.contributor.id);
  });

  it("refuses without the protocol's header, for an unknown identity and for a resource other than ARM (400, as az expects)", async () => {
    const noHeader = await rawRequest(`${emu.url}/msi/token?resource=https://management.azure.com/`);
    const unknown = await rawRequest(`${emu.url}/msi/token`, form({ resource: 'https://management.azure.com/', client_id: '00000000-0000-0000-0000-000000000000' }));
    const vault = await rawRequest(`${emu.url}/msi/token`, form({ resource: 'https://vault.azure.net' }));
    expect([noHeader, unknown, vault].map((r) => [r.status, r.json<{ error: string }>().error])).toEqual([
      [400, 'invalid_request'],
      [400, 'invalid_request'],
      [400, 'invalid_resource'],
    ]);
  });
});

describe('repeated slashes', () => {
  it('collapses them as ARM does (the JS SDK sends one for a scope with its leading slash)', async () => {
    const sub = SEED_SUBSCRIPTIONS.production.id;
    const res = await emu.arm<{ value: unknown[] }>('GET', `//subscriptions//${sub}///resourcegroups?api-version=2021-04-01`);
    expect(res.status).toBe(200);
    expect(res.body.value.length).toBeGreaterThan(0);
  });
});
