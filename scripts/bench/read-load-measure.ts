// One read-load run: C concurrent signed-in clients (wrk, wrk-load.ts) fetching /registries for S seconds
// through one URL (the balancer in front of the replicas). Latencies are of every answer; requests/s
// counts whole lists only. Besides latency and throughput it records what does not depend
// on how busy the machine is: CPU milliseconds the replicas spent per served page (from /proc, so the figure
// compares across runs on a shared machine), and the bytes of one page's HTML.
import { writeFileSync } from 'node:fs';
import { Agent, get } from 'node:http';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { machineSpeed } from './machine-speed';
import { cpuMsOf } from './proc-cpu';
import { sampleRss } from './rss';
import { wrkLoad } from './wrk-load';

/** The figures of one run. */
export interface ReadLoadFigures {
  replicas: number;
  clients: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  /**
   * 200 pages that said why ARM was not read within the render's budget (lib/arm/deadline.ts) instead of
   * listing registries, as the replicas logged them (armBudgetSpent): not served lists, so not in `requests`.
   */
  cutOff: number;
  peakRssMb: number[];
  /** Replica CPU (user + system, all replicas) per served page: the load-independent cost of one render. */
  cpuMsPerRequest: number;
  /**
   * The part of it on the replicas' main threads (JavaScript: rendering, the event loop), without the worker
   * threads' gzip and crypto: one replica's pages per second cannot exceed 1000 / this.
   */
  mainThreadCpuMsPerRequest: number;
  /** The ARM emulator's CPU per served page (it shares the machine's cores with the replicas). */
  armCpuMsPerRequest: number;
  /** The clients' (wrk), the balancer's (HAProxy) and this process's CPU per page, on the same cores. */
  loadCpuMsPerRequest: number;
  /** Bytes of one /registries HTML answer (uncompressed). */
  htmlBytes: number;
  /** The machine's speed just before the run (machine-speed.ts): the figures above follow it. */
  machineSpeed: number;
}

// How long each run's load goes unmeasured first (seconds).
const WARM_UP_SECONDS = Number(process.env.READ_LOAD_WARM_UP_SECONDS ?? 10);

const perPage = (ms: number, pages: number) => (pages > 0 ? Math.round((ms / pages) * 10) / 10 : 0);

// Writing 5 to clear_refs resets the kernel's peak resident size (VmHWM), so each run reports its own peak
// rather than the largest of every run the replica served before it.
function resetPeakRss(pid: number): void {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
  } catch {
    // Not permitted (another user's process): the peak then covers the replica's whole life.
  }
}

// What a browser asks for: the console's compression is part of what a page costs it.
const HEADERS = { 'accept-encoding': 'gzip, deflate, br' };
const DECODE: Record<string, (body: Buffer) => Buffer> = { br: brotliDecompressSync, gzip: gunzipSync, deflate: inflateSync };
const END_OF_PAGE = Buffer.from('</html>');

// One page, decoded: the size of what a run serves, and proof that it serves the list before it is loaded.
function getPage(url: URL, cookie: string): Promise<{ status: number; body: Buffer }> {
  const agent = new Agent({ keepAlive: false });
  return new Promise<{ status: number; body: Buffer }>((resolve, reject) => {
    const request = get(url, { agent, headers: { cookie, ...HEADERS } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        try {
          const raw = Buffer.concat(chunks);
          const decode = DECODE[String(response.headers['content-encoding'] ?? '')];
          resolve({ status: response.statusCode ?? 0, body: decode ? decode(raw) : raw });
        } catch (error) {
          reject(error);
        }
      });
    });
    request.on('error', reject);
  }).finally(() => agent.destroy());
}

const load = (url: string, cookie: string, clients: number, seconds: number) =>
  wrkLoad({ url: new URL('/registries', url).href, clients, seconds, headers: { cookie, ...HEADERS } });

/** `clients` clients on `url` for `seconds`, unmeasured: a replica's warm-up before any run. */
export async function warmUp(url: string, cookie: string, clients: number, seconds: number): Promise<void> {
  await load(url, cookie, clients, seconds);
}

/** A replica being measured: its pid and the JSON log lines it printed so far (ClusterProcess.lines). */
export interface MeasuredReplica {
  pid: number;
  lines: string[];
}

interface RequestLogLine {
  msg?: string;
  path?: string;
  armBudgetSpent?: string;
}

// The /registries requests the replicas logged after `from` (each replica's line count when the run began),
// and how many of them the render's ARM budget cut short (scripts/console-requests.ts logs why).
function loggedPages(replicas: MeasuredReplica[], from: number[]): { logged: number; cutOff: number } {
  let logged = 0;
  let cutOff = 0;
  replicas.forEach((replica, i) => {
    for (const line of replica.lines.slice(from[i])) {
      if (!line.startsWith('{')) continue;
      const entry = JSON.parse(line) as RequestLogLine;
      if (entry.msg !== 'request' || entry.path !== '/registries') continue;
      logged++;
      if (entry.armBudgetSpent) cutOff++;
    }
  });
  return { logged, cutOff };
}

// Log lines reach this process through pipes, after the answers reach wrk: wait (boundedly) until the
// replicas have logged at least every answer wrk counted.
async function waitForLogLines(replicas: MeasuredReplica[], from: number[], answers: number): Promise<{ logged: number; cutOff: number }> {
  const until = Date.now() + 5_000;
  let pages = loggedPages(replicas, from);
  while (pages.logged < answers && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    pages = loggedPages(replicas, from);
  }
  return pages;
}

/** Warms the replicas, then loads `url` and returns the run's figures. */
export async function measureReadLoad(options: {
  url: string;
  replicas: MeasuredReplica[];
  armPid: number;
  /** The balancer in front of the replicas, whose CPU counts with the clients'. */
  balancerPid: number;
  cookie: string;
  clients: number;
  seconds: number;
}): Promise<ReadLoadFigures> {
  const { url, replicas, armPid, balancerPid, cookie, clients, seconds } = options;
  const pids = replicas.map((replica) => replica.pid);
  const first = await getPage(new URL('/registries', url), cookie);
  if (first.status !== 200 || !first.body.includes(END_OF_PAGE)) {
    throw new Error(`/registries answered ${first.status} with ${first.body.length} bytes, not a whole page: nothing to measure.`);
  }
  // The same load, unmeasured, first: a replica in service has rendered thousands of pages, and a fresh one
  // spends its first few hundred compiling (V8's optimizing compiler took 12.6% of a fresh replica's CPU in
  // the first 20 s and half that later). The figures are of a replica at work, not of one warming up.
  if (WARM_UP_SECONDS > 0) await load(url, cookie, clients, WARM_UP_SECONDS);
  const speed = await machineSpeed();
  pids.forEach(resetPeakRss);
  const samplers = pids.map((pid) => sampleRss(pid, 250));
  const linesBefore = replicas.map((replica) => replica.lines.length);
  const cpuBefore = pids.reduce((sum, pid) => sum + cpuMsOf(pid), 0);
  const mainBefore = pids.reduce((sum, pid) => sum + cpuMsOf(pid, true), 0);
  const armCpuBefore = cpuMsOf(armPid);
  const loadCpuBefore = cpuMsOf(process.pid) + cpuMsOf(balancerPid);
  const wrk = await load(url, cookie, clients, seconds);
  const cpuMs = pids.reduce((sum, pid) => sum + cpuMsOf(pid), 0) - cpuBefore;
  const mainMs = pids.reduce((sum, pid) => sum + cpuMsOf(pid, true), 0) - mainBefore;
  const armCpuMs = cpuMsOf(armPid) - armCpuBefore;
  const loadCpuMs = cpuMsOf(process.pid) + cpuMsOf(balancerPid) - loadCpuBefore + wrk.cpuMs;
  const peakRssMb = samplers.map((s) => s.stop());
  const { cutOff } = await waitForLogLines(replicas, linesBefore, wrk.requests);
  const pages = Math.max(0, wrk.requests - wrk.failedAnswers - cutOff);
  return {
    replicas: pids.length,
    clients,
    seconds,
    requests: pages,
    requestsPerSecond: Math.round((pages / seconds) * 10) / 10,
    p50: wrk.p50,
    p95: wrk.p95,
    p99: wrk.p99,
    errors: wrk.errors,
    cutOff,
    peakRssMb,
    cpuMsPerRequest: perPage(cpuMs, wrk.requests),
    mainThreadCpuMsPerRequest: perPage(mainMs, wrk.requests),
    armCpuMsPerRequest: perPage(armCpuMs, wrk.requests),
    loadCpuMsPerRequest: perPage(loadCpuMs, wrk.requests),
    htmlBytes: first.body.length,
    machineSpeed: speed,
  };
}

/** One readable line for a run. */
export function describeRun(r: ReadLoadFigures, registries: number): string {
  return (
    `${r.replicas} replica(s), ${r.clients} clients, ${r.seconds} s on /registries (${registries} registries): ${r.requestsPerSecond} req/s, ` +
    `p50 ${r.p50} ms, p95 ${r.p95} ms, p99 ${r.p99} ms, ${r.errors} errors, ${r.cutOff} cut off by the render budget, ` +
    `peak RSS ${r.peakRssMb.join(' + ')} MB, ${r.cpuMsPerRequest} CPU ms per page (${r.mainThreadCpuMsPerRequest} on the main thread; ARM emulator ${r.armCpuMsPerRequest}; clients and balancer ${r.loadCpuMsPerRequest}), ${Math.round(r.htmlBytes / 1024)} KB of HTML, ` +
    `machine speed ${r.machineSpeed} (machine-speed.ts)`
  );
}
