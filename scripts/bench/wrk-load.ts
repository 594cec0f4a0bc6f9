// The read-load bench's clients: wrk (Debian's package, scripts/ensure-wrk.sh) holding C kept-alive
// connections on one URL for S seconds, each sending its next request when its answer is in, as a browser
// tab does. wrk is a C program: it reads a page for ~0.3 ms of CPU, where Node's HTTP client with brotli
// decoding took ~2.2 ms, and the clients share the replicas' two cores (with two replicas every client
// millisecond was a replica's). Its report is read-load.lua's JSON line.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { reapedChildrenCpuMs } from './proc-cpu';

/** What wrk saw in one run. */
export interface WrkFigures {
  /** Answers received (any status). */
  requests: number;
  /** Connections refused or broken, answers cut short, timeouts (30 s) and non-2xx/3xx statuses. */
  errors: number;
  /** The answers among `requests` with a non-2xx/3xx status. */
  failedAnswers: number;
  p50: number;
  p95: number;
  p99: number;
  /** wrk's own CPU milliseconds (user + system). */
  cpuMs: number;
}

const SCRIPT = path.join(__dirname, 'read-load.lua');

/** `clients` connections on `url` for `seconds`, with `headers` on every request. */
export async function wrkLoad(options: { url: string; clients: number; seconds: number; headers: Record<string, string> }): Promise<WrkFigures> {
  const { url, clients, seconds, headers } = options;
  const args = ['--threads', '1', '--connections', String(clients), '--duration', `${seconds}s`, '--timeout', '30s', '--script', SCRIPT];
  for (const [name, value] of Object.entries(headers)) args.push('--header', `${name}: ${value}`);
  const cpuBefore = reapedChildrenCpuMs();
  const stdout = await new Promise<string>((resolve, reject) => {
    execFile('wrk', [...args, url], { timeout: (seconds + 60) * 1000 }, (error, out, err) => {
      if (error) reject(new Error(`wrk failed (${error.message}): ${err || out}`));
      else resolve(out);
    });
  });
  const report = stdout.split('\n').find((line) => line.startsWith('{'));
  if (!report) throw new Error(`wrk printed no report:\n${stdout}`);
  const r = JSON.parse(report) as Record<'requests' | 'connect' | 'read' | 'write' | 'timeout' | 'status' | 'p50' | 'p95' | 'p99', number>;
  return {
    requests: r.requests,
    errors: r.connect + r.read + r.write + r.timeout + r.status,
    failedAnswers: r.status,
    p50: Math.round(r.p50),
    p95: Math.round(r.p95),
    p99: Math.round(r.p99),
    cpuMs: reapedChildrenCpuMs() - cpuBefore,
  };
}
