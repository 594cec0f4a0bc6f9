// `npm run test:audit`: npm audit of the production dependencies, failing on any high or critical advisory.
// Some registries (mirrors, this project's CI network) do not serve npm's advisory endpoint: then nothing can be
// audited, and the run says so in words instead of failing every build or pretending the tree was checked.
import { spawnSync } from 'node:child_process';

interface AuditReport {
  metadata?: { vulnerabilities?: Record<string, number> };
  statusCode?: number;
  message?: string;
  error?: { code?: string; summary?: string };
}

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
let report: AuditReport;
try {
  report = JSON.parse(run.stdout) as AuditReport;
} catch {
  console.error(`npm audit printed no report (exit ${run.status}):\n${run.stderr}`);
  process.exit(1);
}

const counts = report.metadata?.vulnerabilities;
if (!counts) {
  const why = report.message ?? report.error?.summary ?? `exit ${run.status}`;
  const unreachable = report.statusCode === 404 || report.statusCode === 405 || report.statusCode === 501 || report.error?.code === 'ENOAUDIT';
  if (unreachable) {
    console.log(`npm audit: NOT CHECKED — the registry does not serve the advisory endpoint (${why}).`);
    process.exit(0);
  }
  console.error(`npm audit failed: ${why}`);
  process.exit(1);
}

const serious = (counts.high ?? 0) + (counts.critical ?? 0);
console.log(`npm audit (production dependencies): ${Object.entries(counts).map(([level, n]) => `${n} ${level}`).join(', ')}`);
if (serious > 0) {
  console.error(`${serious} high or critical advisories: run \`npm audit --omit=dev\` for the list.`);
  process.exit(1);
}
