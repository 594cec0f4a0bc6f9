// Path globs of fault rules, matched case-insensitively against the request path without its query:
// `*` matches within one path segment, `**` across segments, `?` one character. A glob without any
// wildcard must match the whole path.

const cache = new Map<string, RegExp>();

/** The regular expression for a glob. */
export function globToRegExp(glob: string): RegExp {
  let re = cache.get(glob);
  if (re) return re;
  let body = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === '*' && glob[i + 1] === '*') {
      body += '.*';
      i++;
    } else if (ch === '*') {
      body += '[^/]*';
    } else if (ch === '?') {
      body += '[^/]';
    } else {
      body += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
  }
  re = new RegExp(`^${body}/?$`, 'i');
  cache.set(glob, re);
  return re;
}

/** True when the path matches the glob. */
export function globMatches(glob: string, path: string): boolean {
  return globToRegExp(glob).test(path);
}
