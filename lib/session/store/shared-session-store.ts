// The process's one connection to the session store. It lives on globalThis because proxy.ts, pages, route
// handlers and server actions are separate bundles in one process, and each would otherwise open its own.
import 'server-only';
import { openRedisBackend } from './redis-backend';
import { openSqliteBackend } from './sqlite-backend';
import type { SessionStoreBackend } from './session-store-backend';
import { describeSessionStore, sessionStoreLocation } from './session-store-config';

const KEY = Symbol.for('registry-hub.session-store');

interface Held {
  backend: SessionStoreBackend;
  description: string;
}

function held(): Held {
  const g = globalThis as { [KEY]?: Held };
  if (!g[KEY]) {
    const location = sessionStoreLocation();
    const backend = location.kind === 'redis' ? openRedisBackend(location.url) : openSqliteBackend(location.file);
    g[KEY] = { backend, description: describeSessionStore(location) };
  }
  return g[KEY];
}

/** The configured session store (opened on first use). */
export function sessionStore(): SessionStoreBackend {
  return held().backend;
}

/** e.g. "redis (127.0.0.1:6390)", without credentials. */
export function sessionStoreDescription(): string {
  return held().description;
}

/** Closes the store (clean shutdown); the next use opens it again. */
export async function closeSessionStore(): Promise<void> {
  const g = globalThis as { [KEY]?: Held };
  const current = g[KEY];
  delete g[KEY];
  await current?.backend.close();
}
