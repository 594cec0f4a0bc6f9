// What must never appear in the console's or the emulator's logs: bearer tokens, JWTs, cookie values,
// Authorization headers, OAuth token fields; and what the browser tests must never cause: CSP violation
// reports (app/api/csp-reports/route.ts logs each as one "[csp-violation]" line), and uncaught exceptions or
// unhandled rejections (Next's process handlers print "⨯ uncaughtException: …" and keep serving: only the log
// tells; a client hanging up is not one, scripts/console-hang-ups.ts). Pure, so it is unit-tested; the
// browser tests' global teardown runs it over the whole run's log (e2e/support/global-teardown.ts).

/** One finding: its kind, line number and the line, with the secret itself masked. */
export interface LogFinding {
  kind: 'secret' | 'csp-violation' | 'uncaught';
  what: string;
  line: number;
  text: string;
}

const SECRET_PATTERNS: { what: string; pattern: RegExp }[] = [
  { what: 'bearer token', pattern: /\bbearer\s+[A-Za-z0-9._~+/-]{16,}/i },
  { what: 'JWT', pattern: /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/ },
  { what: 'Authorization header', pattern: /\bauthorization["']?\s*[:=]\s*["']?\S+/i },
  { what: 'Cookie header', pattern: /\b(?:set-)?cookie["']?\s*[:=]\s*["']?[^\s;]+=/i },
  { what: 'session cookie', pattern: /\b(?:__Host-)?rh_(?:session|entra_flow|entra)=[^;\s]+/ },
  { what: 'OAuth token field', pattern: /["']?(?:access|refresh|id)_token["']?\s*[:=]\s*["']?[A-Za-z0-9._~+/-]{16,}/i },
  { what: 'client secret', pattern: /\bclient_secret["']?\s*[:=]\s*["']?\S{8,}/i },
];

// Next's wording (next/dist/server/lib/router-server.js and process-error-handlers.js), after its red ⨯.
const UNCAUGHT = /(?:^|\s)(uncaughtException|unhandledRejection):/;

/** Every finding in `log`. */
export function scanLog(log: string): LogFinding[] {
  const findings: LogFinding[] = [];
  log.split('\n').forEach((text, index) => {
    if (text.includes('[csp-violation]')) findings.push({ kind: 'csp-violation', what: 'CSP violation report', line: index + 1, text });
    const uncaught = UNCAUGHT.exec(text);
    if (uncaught) findings.push({ kind: 'uncaught', what: uncaught[1], line: index + 1, text: masked(text) });
    for (const { what, pattern } of SECRET_PATTERNS) {
      if (pattern.test(text)) findings.push({ kind: 'secret', what, line: index + 1, text: masked(text) });
    }
  });
  return findings;
}

// The line with every secret replaced by its kind, so a failing check does not print the secret again.
function masked(text: string): string {
  return SECRET_PATTERNS.reduce((line, { what, pattern }) => line.replace(new RegExp(pattern.source, `${pattern.flags}g`), `<${what}>`), text);
}
