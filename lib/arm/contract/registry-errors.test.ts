// The refusals a registry PUT must produce, as ARM shapes them: tenant-wide name conflict, bad name,
// unsupported region, missing or bad token.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccessToken } from '@azure/core-auth';
import type { ArmError } from '../errors';
import { waitForOperation } from '../lro';
import { beginCreateOrUpdateRegistry, beginDeleteRegistry, getRegistry } from '../registries';
import { listSubscriptions } from '../subscriptions';
import { registryBody } from './fixtures';
import { rawRequest } from '@/lib/emulator/testing/raw-request';
import { SPEC_TIMEOUT_MS, startTarget, uniqueName, type ContractTarget } from './target';

let t: ContractTarget;
beforeAll(async () => {
  t = await startTarget();
}, 120_000);
afterAll(async () => {
  await t?.close();
});

async function failure(p: Promise<unknown>): Promise<ArmError> {
  const outcome = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(outcome, 'the call should have failed').toBeDefined();
  expect((outcome as Error).name).toBe('ArmError');
  return outcome as ArmError;
}

describe('registry PUT refusals', () => {
  it('refuses a name already used in another subscription, case-insensitively, with 409 Conflict', async () => {
    const name = uniqueName('ctdup');
    const rgA = await t.newResourceGroup();
    const rgB = await t.newResourceGroup(t.otherSubscriptionId);
    const { handle } = await beginCreateOrUpdateRegistry(t.client, t.subscriptionId, rgA, name, registryBody(t.location));
    const err = await failure(beginCreateOrUpdateRegistry(t.client, t.otherSubscriptionId, rgB, name.toUpperCase(), registryBody(t.location)));
    expect(err.status).toBe(409);
    expect(err.code).toBe('Conflict');
    expect(err.message).toContain(name.toUpperCase());

    // Clean up: the first registry still exists and can be deleted once created.
    expect((await waitForOperation(t.client, handle, { intervalMs: t.pollIntervalMs, timeoutMs: t.operationTimeoutMs })).status).toBe('Succeeded');
    const deletion = await beginDeleteRegistry(t.client, t.subscriptionId, rgA, name);
    if (deletion) await waitForOperation(t.client, deletion, { intervalMs: t.pollIntervalMs, timeoutMs: t.operationTimeoutMs });
  }, SPEC_TIMEOUT_MS);

  it.each([
    ['too short', 'ab'],
    ['leading dash', '-ctbadname'],
    ['a dot', 'ct.bad.name'],
    ['too long', `ct${'x'.repeat(40)}`],
  ])('refuses a bad name (%s) with 400 InvalidResourceName', async (_why, name) => {
    const rg = await t.newResourceGroup();
    const err = await failure(beginCreateOrUpdateRegistry(t.client, t.subscriptionId, rg, name, registryBody(t.location)));
    expect(err).toMatchObject({ status: 400, code: 'InvalidResourceName' });
  });

  it('refuses a region that does not support registries with 400 LocationNotAvailableForResourceType', async () => {
    const rg = await t.newResourceGroup();
    const name = uniqueName('ctloc');
    const err = await failure(beginCreateOrUpdateRegistry(t.client, t.subscriptionId, rg, name, registryBody(t.unsupportedLocation)));
    expect(err).toMatchObject({ status: 400, code: 'LocationNotAvailableForResourceType' });
    expect(err.message).toContain(t.unsupportedLocation);
    const missing = await failure(getRegistry(t.client, t.subscriptionId, rg, name));
    expect(missing.status).toBe(404);
  });

  it('refuses a request without a token, or with a forged one, with 401', async () => {
    // Over https Azure's own bearer policy refuses to send without a token, so the request goes out bare.
    const anonymous = await rawRequest(`${t.endpoint}/subscriptions?api-version=2022-12-01`, { ca: t.tls?.ca as string | undefined });
    expect(anonymous.status).toBe(401);
    expect(anonymous.json<{ error: { code: string } }>().error.code).toMatch(/^(InvalidAuthenticationToken|AuthenticationFailed)$/);
    const forged = { getToken: async (): Promise<AccessToken> => ({ token: 'eyJhbGciOiJub25lIn0.eyJvaWQiOiJ4In0.', expiresOnTimestamp: Date.now() + 3600_000 }) };
    const bad = await failure(listSubscriptions(t.clientWith(forged)));
    expect(bad).toMatchObject({ status: 401, code: 'InvalidAuthenticationToken' });
    expect(bad.requestId).toBeTruthy();
  });
});
