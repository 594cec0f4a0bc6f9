// The session store for several replicas: Redis 6 or later (SESSION_STORE=redis://…). Each record is one
// key with a millisecond TTL, so Redis itself forgets expired sessions. Commands fail fast while Redis is
// unreachable (no offline queue): a request must see "session store unavailable", not hang.
import { Redis } from 'ioredis';
import type { SessionRecordKind, SessionStoreBackend } from './session-store-backend';

const KEY_PREFIX = 'registry-hub:';

/** Connects to the Redis at `url` (redis:// or rediss://, with credentials and database number if any). */
export function openRedisBackend(url: string): SessionStoreBackend {
  const redis = new Redis(url, {
    keyPrefix: KEY_PREFIX,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    // Keep reconnecting (at most every 2 s): a Redis restart must not need a console restart.
    retryStrategy: (attempt) => Math.min(attempt * 100, 2_000),
    lazyConnect: false,
  });
  // Connection errors surface on the commands that fail; without a listener ioredis would print each retry.
  redis.on('error', () => undefined);
  const key = (kind: SessionRecordKind, id: string) => `${kind}:${id}`;
  const ready = () => (redis.status === 'ready' ? Promise.resolve() : waitUntilReady(redis));
  return {
    name: 'redis',
    async put(kind, id, value, expiresAtMs) {
      await ready();
      // PX with a relative TTL rather than PXAT: PXAT needs Redis 6.2, and the README promises any 6+.
      const ttl = Math.max(1, Math.floor(expiresAtMs - Date.now()));
      await redis.set(key(kind, id), value, 'PX', ttl);
    },
    async get(kind, id) {
      await ready();
      return redis.get(key(kind, id));
    },
    async remove(kind, id) {
      await ready();
      await redis.del(key(kind, id));
    },
    async ping() {
      await ready();
      await redis.ping();
    },
    async close() {
      redis.disconnect();
    },
  };
}

// A command issued while the first connection is still being made would be refused (no offline queue);
// wait for it briefly instead, then fail with a sentence an operator can act on.
function waitUntilReady(redis: Redis, timeoutMs = 2_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      redis.off('ready', onReady);
      reject(new Error(`The session store (Redis) is not answering (connection ${redis.status}).`));
    }, timeoutMs);
    const onReady = () => {
      clearTimeout(timer);
      resolve();
    };
    redis.once('ready', onReady);
  });
}
