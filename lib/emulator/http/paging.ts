// `nextLink` paging for every list: `{value, nextLink?}` where nextLink is absolute and carries an
// opaque `$skiptoken` (arm-contract.md §4 "Paging"). The token encodes the offset into the list.
import { invalidSkipToken } from '../errors';
import type { RequestContext } from './request-context';

/** One ARM page. */
export interface Page<T> {
  value: T[];
  nextLink?: string;
}

function decodeSkipToken(token: string): number {
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { o?: unknown };
    if (typeof parsed.o === 'number' && Number.isInteger(parsed.o) && parsed.o >= 0) return parsed.o;
  } catch {
    // fall through to the ARM error below
  }
  throw invalidSkipToken();
}

/** Cuts the page the request asks for (`$skiptoken`) out of the full list, with a nextLink when more remain. */
export function paginate<T>(ctx: RequestContext, items: readonly T[], pageSize = ctx.emulator.config.pageSize): Page<T> {
  const token = ctx.query.get('$skiptoken') ?? ctx.query.get('$skipToken');
  const offset = token ? decodeSkipToken(token) : 0;
  const value = items.slice(offset, offset + pageSize);
  const page: Page<T> = { value };
  if (offset + pageSize < items.length) {
    const next = new URL(ctx.baseUrl + ctx.url.pathname);
    for (const [k, v] of ctx.query) if (k.toLowerCase() !== '$skiptoken') next.searchParams.append(k, v);
    next.searchParams.set('$skiptoken', Buffer.from(JSON.stringify({ o: offset + pageSize })).toString('base64url'));
    page.nextLink = next.toString();
  }
  return page;
}
