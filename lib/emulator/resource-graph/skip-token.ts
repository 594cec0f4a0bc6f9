// ARG's `$skipToken`: opaque to clients, valid only with the same query and scopes it was issued for
// (resourcegraph.json, QueryResponse.$skipToken). It carries the next offset, the page size and a hash
// of the query text and subscriptions, so a token replayed with another query is refused.
import { createHash } from 'node:crypto';
import { KqlError } from './kql-error';

/** What a token remembers. */
export interface SkipTokenState {
  offset: number;
  top: number;
}

/** Hash binding a token to its query and subscription list. */
export function queryFingerprint(query: string, subscriptions: string[] | undefined): string {
  const subs = subscriptions ? [...subscriptions].map((s) => s.toLowerCase()).sort().join(',') : '*';
  return createHash('sha256').update(`${query}\n${subs}`).digest('base64url').slice(0, 16);
}

/** Encodes a token. */
export function encodeSkipToken(state: SkipTokenState, fingerprint: string): string {
  return Buffer.from(JSON.stringify({ o: state.offset, t: state.top, h: fingerprint })).toString('base64');
}

/** Decodes a token, refusing one that is malformed or was issued for another query. */
export function decodeSkipToken(token: string, fingerprint: string): SkipTokenState {
  let parsed: { o?: unknown; t?: unknown; h?: unknown };
  try {
    parsed = JSON.parse(Buffer.from(token, 'base64').toString('utf8')) as typeof parsed;
  } catch {
    throw new KqlError('InvalidQueryOptions', 'The $skipToken is not valid.');
  }
  const { o, t, h } = parsed;
  if (typeof o !== 'number' || !Number.isInteger(o) || o < 0 || typeof t !== 'number' || !Number.isInteger(t) || t < 1) {
    throw new KqlError('InvalidQueryOptions', 'The $skipToken is not valid.');
  }
  if (h !== fingerprint) throw new KqlError('InvalidQueryOptions', 'The $skipToken was issued for a different query or set of subscriptions.');
  return { offset: o, top: t };
}
