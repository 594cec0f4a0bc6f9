import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedisServer, type RedisServerProcess } from '@/scripts/redis/redis-server-process';
import { openRedisBackend } from './redis-backend';
import type { SessionStoreBackend } from './session-store-backend';
import { openSqliteBackend } from './sqlite-backend';

// One table of behaviour, run against both real backends: an SQLite file and a redis-server of our own.
const dir = mkdtempSync(path.join(tmpdir(), 'registry-hub-session-store-'));
let redis: RedisServerProcess;
const opened: SessionStoreBackend[] = [];

beforeAll(async () => {
  redis = await startRedisServer({ dir: path.join(dir, 'redis') });
});

afterAll(async () => {
  await Promise.all(opened.map((backend) => backend.close()));
  await redis?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const backends: [string, () => SessionStoreBackend][] = [
  ['sqlite', () => openSqliteBackend(path.join(dir, 'sessions.db'))],
  ['redis', () => openRedisBackend(redis.url)],
];

describe.each(backends)('the %s session store', (name, open) => {
  const connect = () => {
    const backend = open();
    opened.push(backend);
    return backend;
  };

  it('keeps a record until it expires, replaces it, and removes it', async () => {
    const store = connect();
    await store.ping();
    const id = `${name}-a`;
    await store.put('session', id, 'first', Date.now() + 60_000);
    expect(await store.get('session', id)).toBe('first');
    await store.put('session', id, 'second', Date.now() + 60_000);
    expect(await store.get('session', id)).toBe('second');
    expect(await store.get('revoked', id)).toBeNull();
    await store.remove('session', id);
    expect(await store.get('session', id)).toBeNull();
  });

  it('forgets a record once its expiry passes', async () => {
    const store = connect();
    const id = `${name}-short`;
    await store.put('tokens', id, 'brief', Date.now() + 150);
    expect(await store.get('tokens', id)).toBe('brief');
    await expect.poll(() => store.get('tokens', id), { timeout: 5_000, interval: 50 }).toBeNull();
  });

  it('shares records between two connections and keeps them across a reconnect', async () => {
    const a = connect();
    const b = connect();
    const id = `${name}-shared`;
    await a.put('revoked', id, '1', Date.now() + 60_000);
    expect(await b.get('revoked', id)).toBe('1');
    await a.close();
    opened.splice(opened.indexOf(a), 1);
    const again = connect();
    expect(await again.get('revoked', id)).toBe('1');
  });
});

describe('the redis session store when Redis is gone', () => {
  it('fails with a sentence about the session store instead of hanging', async () => {
    const store = openRedisBackend('redis://127.0.0.1:1');
    opened.push(store);
    await expect(store.ping()).rejects.toThrow(/session store \(Redis\) is not answering/);
  });
});
