// ARM list paging (arm-contract §4): `{value[], nextLink?}` where nextLink is absolute and opaque; keep
// fetching until it is null. Short or empty pages that still carry a nextLink are legal, so only the link
// decides when to stop. A nextLink on another host is refused: following it would hand over the bearer token.
import 'server-only';
import type { ArmClient } from './client';
import type { ArmPage } from './wire-types';

// A server that keeps answering with links would otherwise loop forever.
const MAX_PAGES = 10_000;

/** Yields each page's items, following nextLink on the client's own origin until it is null. */
export async function* listPages<T>(
  client: ArmClient,
  path: string,
  apiVersion: string,
  query?: Record<string, string>,
): AsyncGenerator<T[]> {
  const seen = new Set<string>();
  let next: string | null | undefined = path;
  let first = true;
  while (next) {
    if (!first) assertSameOrigin(client, next);
    if (seen.has(next)) throw new Error(`ARM returned the same nextLink twice: ${next}`);
    if (seen.size >= MAX_PAGES) throw new Error(`Stopped paging ${path} after ${MAX_PAGES} pages`);
    seen.add(next);
    const response: { body: ArmPage<T> | undefined } = await client.send<ArmPage<T>>({
      method: 'GET',
      path: next,
      apiVersion,
      query: first ? query : undefined,
    });
    first = false;
    yield response.body?.value ?? [];
    next = response.body?.nextLink;
  }
}

/** Every item of a list operation, across all pages. */
export async function listAll<T>(
  client: ArmClient,
  path: string,
  apiVersion: string,
  query?: Record<string, string>,
): Promise<T[]> {
  const items: T[] = [];
  for await (const page of listPages<T>(client, path, apiVersion, query)) items.push(...page);
  return items;
}

function assertSameOrigin(client: ArmClient, link: string): void {
  let origin: string;
  try {
    origin = new URL(link).origin;
  } catch {
    throw new Error(`ARM returned a nextLink that is not an absolute URL: ${link}`);
  }
  if (origin !== client.endpoint) {
    throw new Error(`Refusing to follow a nextLink to ${origin}: it is not the ARM endpoint ${client.endpoint}.`);
  }
}
