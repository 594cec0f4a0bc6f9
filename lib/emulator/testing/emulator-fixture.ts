// Test support: starts an emulator on an ephemeral port and drives it over real HTTP with fetch,
// the way any ARM client would. Used only by the emulator's own *.test.ts files.
import { randomBytes } from 'node:crypto';
import type { EmulatorOptions } from '../config';
import type { RunningEmulator } from '../server';
import { startEmulator } from '../server';
import { SEED_PRINCIPALS } from '../seed/principals';
export { registryBody } from './registry-body';

/** A response as a test sees it. */
export interface ArmReply<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: T;
}

/** A started emulator plus helpers to call it. */
export interface EmulatorFixture extends RunningEmulator {
  token(principal?: string): Promise<string>;
  arm<T = Record<string, unknown>>(method: string, pathOrUrl: string, opts?: { principal?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> }): Promise<ArmReply<T>>;
}

/** A unique resource name for one test (names are tenant-unique in the emulator). */
export function uniqueName(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString('hex')}`;
}

/** Starts an in-memory emulator with delays scaled by 0.01 unless overridden. */
export async function startFixture(opts: EmulatorOptions = {}): Promise<EmulatorFixture> {
  const running = await startEmulator({ dbPath: ':memory:', port: 0, timeScale: 0.01, quiet: true, ...opts });
  const tokens = new Map<string, string>();
  const token = async (principal: string = SEED_PRINCIPALS.owner.userPrincipalName) => {
    const cached = tokens.get(principal);
    if (cached) return cached;
    const res = await fetch(`${running.url}/_emulator/token`, { method: 'POST', body: JSON.stringify({ principal }) });
    if (res.status !== 200) throw new Error(`token for ${principal}: ${res.status} ${await res.text()}`);
    const { access_token } = (await res.json()) as { access_token: string };
    tokens.set(principal, access_token);
    return access_token;
  };
  const arm: EmulatorFixture['arm'] = async (method, pathOrUrl, opts = {}) => {
    const url = pathOrUrl.startsWith('http') ? pathOrUrl : `${running.url}${pathOrUrl}`;
    const headers: Record<string, string> = { Authorization: `Bearer ${await token(opts.principal)}`, ...opts.headers };
    const body = opts.rawBody ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body));
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const res = await fetch(url, { method, headers, body });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: (text ? JSON.parse(text) : undefined) as never };
  };
  return { ...running, token, arm };
}

/** Polls `read` until `done` holds (no fixed sleeps: short intervals up to a deadline). */
export async function pollUntil<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`condition not reached within ${timeoutMs} ms; last value: ${JSON.stringify(value).slice(0, 500)}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
