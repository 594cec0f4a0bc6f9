import { afterEach, describe, expect, it } from 'vitest';
import { createArmClient } from './client';
import { listAll } from './paging';
import { startFakeArm, staticCredential, type FakeArmServer } from './testing/fake-arm-server';

const servers: FakeArmServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

describe('listAll', () => {
  it('follows absolute nextLinks through empty pages until the link is null', async () => {
    const server = await startFakeArm((req, s) => {
      const page = new URL(req.url, s.origin).searchParams.get('$skipToken') ?? '0';
      const next = (n: string) => `${s.origin}/subscriptions?api-version=2022-12-01&$skipToken=${n}`;
      if (page === '0') return { status: 200, body: { value: [{ id: 'a' }, { id: 'b' }], nextLink: next('1') } };
      if (page === '1') return { status: 200, body: { value: [], nextLink: next('2') } };
      return { status: 200, body: { value: [{ id: 'c' }], nextLink: null } };
    });
    servers.push(server);
    const client = createArmClient({ endpoint: server.origin, credential: staticCredential() });
    const items = await listAll<{ id: string }>(client, '/subscriptions', '2022-12-01', { $top: '2' });
    expect(items.map((i) => i.id)).toEqual(['a', 'b', 'c']);
    expect(server.received).toHaveLength(3);
    expect(server.received[0].url).toContain('%24top=2');
    expect(server.received[2].url).not.toContain('top');
  });

  it('refuses a nextLink on another host without contacting it', async () => {
    const other = await startFakeArm(() => ({ status: 200, body: { value: [{ id: 'stolen' }] } }));
    const server = await startFakeArm(() => ({ status: 200, body: { value: [{ id: 'a' }], nextLink: `${other.origin}/subscriptions?x=1` } }));
    servers.push(other, server);
    const client = createArmClient({ endpoint: server.origin, credential: staticCredential() });
    await expect(listAll(client, '/subscriptions', '2022-12-01')).rejects.toThrow(/Refusing to follow a nextLink/);
    expect(other.received).toHaveLength(0);
  });

  it('stops when a server repeats the same nextLink', async () => {
    const server = await startFakeArm((_req, s) => ({ status: 200, body: { value: [], nextLink: `${s.origin}/loop?api-version=1` } }));
    servers.push(server);
    const client = createArmClient({ endpoint: server.origin, credential: staticCredential() });
    await expect(listAll(client, '/loop', '1')).rejects.toThrow(/same nextLink twice/);
  });
});
