import { afterEach, describe, expect, it } from 'vitest';
import { EmulatorCredential } from './emulator-credential';
import { startFakeArm, type FakeArmServer } from './testing/fake-arm-server';

const servers: FakeArmServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

describe('EmulatorCredential', () => {
  it('POSTs the principal to /_emulator/token and caches the token until 5 minutes before expiry', async () => {
    let n = 0;
    let lifetimeSeconds = 3600;
    const server = await startFakeArm(() => ({
      status: 200,
      body: { access_token: `jwt-${++n}`, expires_on: Math.floor(Date.now() / 1000) + lifetimeSeconds },
    }));
    servers.push(server);
    const cred = new EmulatorCredential(server.origin, 'reader@contoso.onmicrosoft.com');
    const [a, b] = await Promise.all([cred.getToken('x'), cred.getToken('x')]);
    expect(a.token).toBe('jwt-1');
    expect(b.token).toBe('jwt-1');
    expect(server.received).toHaveLength(1);
    expect(server.received[0]).toMatchObject({ method: 'POST', url: '/_emulator/token' });
    expect(JSON.parse(server.received[0].body)).toEqual({ principal: 'reader@contoso.onmicrosoft.com' });

    // A token with under 5 minutes left is replaced on the next call.
    const fresh = new EmulatorCredential(server.origin, 'owner@contoso.onmicrosoft.com');
    lifetimeSeconds = 240;
    expect((await fresh.getToken('x')).token).toBe('jwt-2');
    expect((await fresh.getToken('x')).token).toBe('jwt-3');
  });

  it('retries once when a kept-alive connection turns out dead (emulator restarted)', async () => {
    const server = await startFakeArm((_req, s) =>
      s.received.length === 1 ? undefined : { status: 200, body: { access_token: 'after-restart', expires_on: String(Math.floor(Date.now() / 1000) + 3600) } },
    );
    servers.push(server);
    const token = await new EmulatorCredential(server.origin, 'owner@contoso.onmicrosoft.com').getToken('x');
    expect(token.token).toBe('after-restart');
    expect(server.received).toHaveLength(2);
  });

  it('fails loudly when the emulator refuses the principal', async () => {
    const server = await startFakeArm(() => ({ status: 400, body: { error: { code: 'PrincipalNotFound', message: 'who?' } } }));
    servers.push(server);
    await expect(new EmulatorCredential(server.origin, 'nobody').getToken('x')).rejects.toThrow(/refused a token for 'nobody' \(HTTP 400\)/);
  });
});
