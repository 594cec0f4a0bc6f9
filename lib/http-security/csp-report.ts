// One line per Content-Security-Policy violation report, from either format browsers send: report-uri's
// `{"csp-report": {...}}` (application/csp-report) or the Reporting API's `[{type, body: {...}}]`.

/** The report's directive, blocked URL and document, or null when the text is not a CSP report. */
export function summarizeCspReport(text: string): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  const bodies = Array.isArray(parsed)
    ? parsed.map((entry) => (entry as { body?: unknown })?.body)
    : [(parsed as { 'csp-report'?: unknown })?.['csp-report']];
  const lines = bodies.filter(isRecord).map((body) => {
    const directive = field(body, 'effective-directive', 'effectiveDirective') ?? field(body, 'violated-directive');
    const blocked = trimUrl(field(body, 'blocked-uri', 'blockedURL'));
    const documentUrl = trimUrl(field(body, 'document-uri', 'documentURL'));
    const sample = field(body, 'script-sample', 'sample')?.slice(0, 40);
    return `directive=${directive ?? '?'} blocked=${blocked ?? '?'} document=${documentUrl ?? '?'}${sample ? ` sample=${JSON.stringify(sample)}` : ''}`;
  });
  return lines.length > 0 ? lines.join(' | ') : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function field(body: Record<string, unknown>, ...names: string[]): string | undefined {
  for (const name of names) if (typeof body[name] === 'string') return body[name] as string;
  return undefined;
}

// Origin and path only; keywords such as "inline" or "eval" pass as they are.
function trimUrl(value: string | undefined): string | undefined {
  if (!value) return value;
  try {
    const url = new URL(value);
    return `${url.origin}${url.pathname}`;
  } catch {
    return value.slice(0, 40);
  }
}
