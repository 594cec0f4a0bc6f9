// Which session store this installation uses, from SESSION_STORE:
//   unset            an SQLite file in the data folder (.data/sessions.db), like the session secret beside it
//   sqlite:<file>    another SQLite file (`sqlite::memory:` for a store that dies with the process: tests only)
//   redis://… rediss://…   Redis 6+, shared by every replica
import path from 'node:path';

/** Where session records live. */
export type SessionStoreLocation = { kind: 'sqlite'; file: string } | { kind: 'redis'; url: string };

/** Reads SESSION_STORE; throws a sentence naming the accepted forms when it is none of them. */
export function sessionStoreLocation(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): SessionStoreLocation {
  const value = env.SESSION_STORE?.trim();
  if (!value) return { kind: 'sqlite', file: path.join(cwd, '.data', 'sessions.db') };
  if (/^rediss?:\/\//i.test(value)) return { kind: 'redis', url: value };
  if (value.startsWith('sqlite:') && value.length > 'sqlite:'.length) {
    const file = value.slice('sqlite:'.length);
    return { kind: 'sqlite', file: file === ':memory:' ? file : path.resolve(cwd, file) };
  }
  throw new Error(`SESSION_STORE must be redis://…, rediss://… or sqlite:<file> (got "${value.slice(0, 40)}").`);
}

/** The location without credentials, for logs and the readiness report. */
export function describeSessionStore(location: SessionStoreLocation): string {
  if (location.kind === 'sqlite') return `sqlite (${location.file})`;
  const url = new URL(location.url);
  return `redis (${url.hostname}:${url.port || '6379'})`;
}
