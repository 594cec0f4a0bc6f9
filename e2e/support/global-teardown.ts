// After the whole browser run: the console's and the emulator's log (teed by scripts/e2e-server.ts into
// E2E_LOG_FILE) must hold no token, cookie or Authorization header, no CSP violation report and no uncaught
// exception.
import { existsSync, readFileSync } from 'node:fs';
import { scanLog } from '../../scripts/log-scan';

/** Fails the run on any finding; prints what was checked. */
export default function globalTeardown(): void {
  const file = process.env.E2E_LOG_FILE;
  if (!file || !existsSync(file)) throw new Error(`Log check: no server log at ${file ?? '(E2E_LOG_FILE unset)'}.`);
  const log = readFileSync(file, 'utf8');
  // The check is only worth something if the log is the run's: the console must have said it was serving.
  if (!log.includes('[start] Registry Hub console:')) throw new Error(`Log check: ${file} is not a console run's log.`);
  const findings = scanLog(log);
  const lines = log.split('\n').length;
  const violations = findings.filter((finding) => finding.kind === 'csp-violation');
  const secrets = findings.filter((finding) => finding.kind === 'secret');
  const uncaught = findings.filter((finding) => finding.kind === 'uncaught');
  console.log(`[log-check] ${lines} log lines scanned: ${secrets.length} secrets, ${violations.length} CSP violation reports, ${uncaught.length} uncaught exceptions.`);
  if (findings.length > 0) {
    const list = findings.slice(0, 20).map((finding) => `  line ${finding.line} (${finding.what}): ${finding.text.slice(0, 300)}`);
    throw new Error(`Log check failed:\n${list.join('\n')}`);
  }
}
