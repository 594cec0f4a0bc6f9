// The hostile-input sweep's inputs and its one verdict. Strings a person or a script could put in a URL or a
// form field: markup, script URLs, traversal, encodings, ARM path and query injection, header injection,
// template and query-language syntax, prototype keys, and sizes past every field's limit.

/** Markup that must never come back verbatim in HTML. */
export const MARKUP = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg/onload=alert(1)>",
  '<iframe src="https://evil.example"></iframe>',
  '</title><script>alert(document.cookie)</script>',
  '<a href="javascript:alert(1)">x</a>',
  '<style>*{display:none}</style>',
  '<!--<script>x</script>-->',
] as const;

/** Everything the sweep puts in route params, query strings and text fields. */
export const HOSTILE_STRINGS: readonly string[] = [
  ...MARKUP,
  'javascript:alert(1)',
  '../../../../etc/passwd',
  '..%2F..%2F..%2Fetc%2Fpasswd',
  '%2e%2e%2f%2e%2e%2f',
  '..',
  '.',
  'a/../../providers/Microsoft.Authorization/roleAssignments',
  'rg?api-version=1999-01-01',
  'name#fragment',
  'x/resourceGroups/y',
  'a b\tc',
  '%00',
  '\u0000nul',
  '%ff%fe',
  '\u202egnp.exe',
  '😀'.repeat(20),
  'A'.repeat(5000),
  "' or 1=1 --",
  '| project * | take 1000000',
  '${7*7}{{7*7}}',
  '__proto__',
  'constructor',
  'null',
  '%0d%0aSet-Cookie:%20pwned=1',
  '\r\nSet-Cookie: pwned=1',
  '//evil.example',
  'https://evil.example/',
  '\\\\evil.example',
];

/** Problems with one response, or an empty list. `origin` is the console's. */
export function responseProblems(input: { status: number; headers: Record<string, string>; body: string; origin: string }): string[] {
  const problems: string[] = [];
  if (input.status >= 500) problems.push(`HTTP ${input.status}: ${input.body.slice(0, 200)}`);
  const location = input.headers.location;
  if (location && input.status >= 300 && input.status < 400 && new URL(location, input.origin).origin !== input.origin) {
    problems.push(`redirects off the console: ${location}`);
  }
  if (input.headers['set-cookie']?.includes('pwned')) problems.push('a header was injected');
  if ((input.headers['content-type'] ?? '').includes('html')) {
    for (const markup of MARKUP) if (input.body.includes(markup)) problems.push(`reflects ${markup}`);
  }
  return problems;
}
