// Where to go after sign-in. `next` arrives in a query string anyone can craft, so only a path on this
// console is accepted: never another origin (`//evil`, `/\evil`, `https://…`), never the sign-in page itself.

/** Where the console lands when `next` is missing or refused. */
export const DEFAULT_LANDING_PATH = '/registries';

const PROBE_ORIGIN = 'http://registry-hub.invalid';

/** `raw` as a same-origin path (path, query and hash), or DEFAULT_LANDING_PATH. */
export function safeNextPath(raw: string | null | undefined): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return DEFAULT_LANDING_PATH;
  // Control characters and backslashes are how browsers get talked into treating a path as a host.
  if (/[\u0000-\u001f\u007f\\]/.test(raw)) return DEFAULT_LANDING_PATH;
  let url: URL;
  try {
    url = new URL(raw, PROBE_ORIGIN);
  } catch {
    return DEFAULT_LANDING_PATH;
  }
  if (url.origin !== PROBE_ORIGIN) return DEFAULT_LANDING_PATH;
  if (url.pathname === '/signin' || url.pathname.startsWith('/signin/')) return DEFAULT_LANDING_PATH;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in URL that returns to `path` afterwards. */
export function signInPathFor(path: string): string {
  return `/signin?next=${encodeURIComponent(safeNextPath(path))}`;
}
