// Seeded principals' roles, as ARM enforces them: a Reader reads but its PUT gets 403 AuthorizationFailed
// (with request and correlation ids to quote to support); an AzureML Registry User reads registries but
// cannot create them; a principal with no role sees no subscription.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArmError } from '../../errors';
import { beginCreateOrUpdateRegistry, getRegistry, listRegistriesBySubscription } from '../../registries';
import { listSubscriptions } from '../../subscriptions';
import { registryBody } from '../fixtures';
import { emulatorClientAs, seeded, startTarget, uniqueName, type ContractTarget } from '../target';

let t: ContractTarget;
beforeAll(async () => {
  t = await startTarget();
}, 120_000);
afterAll(async () => {
  await t?.close();
});

async function failure(p: Promise<unknown>): Promise<ArmError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect((e as Error | undefined)?.name, 'the call should have failed with ArmError').toBe('ArmError');
  return e as ArmError;
}

describe('seeded principals', () => {
  it('gives a Reader 403 AuthorizationFailed on PUT, with request and correlation ids', async () => {
    const reader = emulatorClientAs(t.controlEndpoint, seeded.principals.reader.userPrincipalName);
    const rg = await t.newResourceGroup();
    const name = uniqueName('ctread');
    expect((await listRegistriesBySubscription(reader, t.subscriptionId)).length).toBeGreaterThan(0);

    const correlationId = crypto.randomUUID();
    const err = await failure(
      reader.send({
        method: 'PUT',
        path: `/subscriptions/${t.subscriptionId}/resourceGroups/${rg}/providers/Microsoft.MachineLearningServices/registries/${name}`,
        apiVersion: '2025-09-01',
        headers: { 'x-ms-correlation-request-id': correlationId },
        body: registryBody(t.location),
      }),
    );
    expect(err).toMatchObject({ status: 403, code: 'AuthorizationFailed', correlationId });
    expect(err.requestId).toMatch(/\S/);
    expect(err.message).toContain(seeded.principals.reader.id);
    expect(err.message).toContain('Microsoft.MachineLearningServices/registries/write');
    expect((await failure(getRegistry(t.client, t.subscriptionId, rg, name))).status).toBe(404);
  });

  it('lets an AzureML Registry User read registries but not create one', async () => {
    const user = emulatorClientAs(t.controlEndpoint, seeded.principals.registryUser.userPrincipalName);
    const visible = await listRegistriesBySubscription(user, t.subscriptionId);
    expect(visible.length).toBeGreaterThan(0);
    const rg = await t.newResourceGroup();
    const err = await failure(beginCreateOrUpdateRegistry(user, t.subscriptionId, rg, uniqueName('ctuser'), registryBody(t.location)));
    expect(err).toMatchObject({ status: 403, code: 'AuthorizationFailed' });
  });

  it('shows a principal without any role no subscriptions, and 403 on a direct read', async () => {
    const nobody = emulatorClientAs(t.controlEndpoint, seeded.principals.noRole.userPrincipalName);
    expect(await listSubscriptions(nobody)).toEqual([]);
    const err = await failure(listRegistriesBySubscription(nobody, t.subscriptionId));
    expect(err.status).toBe(403);
  });
});
