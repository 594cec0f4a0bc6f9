// One read-load run: C concurrent signed-in clients fetching /registries for S seconds through one URL (a
// replica, or the proxy in front of several). Besides latency and throughput it records what does not depend
// on how busy the machine is: CPU milliseconds the replicas spent per served page (from /proc, so the figure
// compares across runs on a shared machine), and the bytes of one page's HTML.
import { readFileSync, writeFileSync } from 'node:fs';
import { Agent, get } from 'node:http';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { sampleRss } from './rss';

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
  /** 200 pages that said ARM was too slow for the render's budget instead of listing registries. */
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
  /** This process's CPU per served page: the clients and the round-robin proxy, on the same cores. */
  loadCpuMsPerRequest: number;
  /** Bytes of one /registries HTML answer (uncompressed). */
  htmlBytes: number;
}

// How long each run's load goes unmeasured first (seconds).
const WARM_UP_SECONDS = Number(process.env.READ_LOAD_WARM_UP_SECONDS ?? 10);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

// A render whose ARM time budget ran out (lib/arm/deadline.ts) is a 200 page that shows why it waits: not a
// served list, so it is counted apart.
const TICKS_PER_SECOND = 100;
const perPage = (ms: number, pages: number) => (pages > 0 ? Math.round((ms / pages) * 10) / 10 : 0);

// utime + stime of one process (fields 14 and 15 of /proc/<pid>/stat, after the parenthesised name), in ms;
// of its main thread alone with `mainThread` (the task whose id is the pid).
function cpuMsOf(pid: number, mainThread = false): number {
  const stat = readFileSync(mainThread ? `/proc/${pid}/task/${pid}/stat` : `/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

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
const ACCEPT_ENCODING = 'gzip, deflate, br';
const DECODE: Record<string, (body: Buffer) => Buffer> = { br: brotliDecompressSync, gzip: gunzipSync, deflate: inflateSync };
const END_OF_PAGE = Buffer.from('</html>');
const CUT_OFF_WORDS = ['Azure Resource Manager is not answering', 'Azure is throttling requests'].map((words) => Buffer.from(words));

// One page over a kept-alive connection, decoded in one call. The clients share the replicas' two cores, so
// they read a page as cheaply as Node can: node:http and a Buffer search, where fetch's web streams, its
// streaming decompression and a 200 KB string cost 5 ms of CPU per page.
function getPage(url: URL, cookie: string, agent: Agent): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = get(url, { agent, headers: { cookie, 'accept-encoding': ACCEPT_ENCODING } }, (response) => {
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
  });
}

async function load(url: string, cookie: string, clients: number, seconds: number) {
  const latencies: number[] = [];
  let errors = 0;
  let cutOff = 0;
  const until = Date.now() + seconds * 1000;
  const page = new URL('/registries', url);
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (Date.now() < until) {
        const started = performance.now();
        try {
          const { status, body } = await getPage(page, cookie, agent);
          if (status !== 200 || !body.includes(END_OF_PAGE)) errors++;
          else if (CUT_OFF_WORDS.some((words) => body.includes(words))) cutOff++;
          else latencies.push(performance.now() - started);
        } catch {
          errors++;
        }
      }
    }),
  );
  agent.destroy();
  return { latencies, errors, cutOff };
}

/** `clients` clients on `url` for `seconds`, unmeasured: a replica's warm-up before any run. */
export async function warmUp(url: string, cookie: string, clients: number, seconds: number): Promise<void> {
  await load(url, cookie, clients, seconds);
}

/** Warms the replicas, then loads `url` and returns the run's figures. */
export async function measureReadLoad(options: {
  url: string;
  pids: number[];
  armPid: number;
  cookie: string;
  clients: number;
  seconds: number;
}): Promise<ReadLoadFigures> {
  const { url, pids, armPid, cookie, clients, seconds } = options;
  // Its own agent: the global fetch's pool may still hold a connection to the proxy of the run before, which
  // listened on the same port and has closed it ("other side closed").
  const first = new Agent({ keepAlive: false });
  const htmlBytes = (await getPage(new URL('/registries', url), cookie, first)).body.length;
  first.destroy();
  // The same load, unmeasured, first: a replica in service has rendered thousands of pages, and a fresh one
  // spends its first few hundred compiling (V8's optimizing compiler took 12.6% of a fresh replica's CPU in
  // the first 20 s and half that later). The figures are of a replica at work, not of one warming up.
  await load(url, cookie, clients, WARM_UP_SECONDS);
  pids.forEach(resetPeakRss);
  const samplers = pids.map((pid) => sampleRss(pid, 250));
  const cpuBefore = pids.reduce((sum, pid) => sum + cpuMsOf(pid), 0);
  const mainBefore = pids.reduce((sum, pid) => sum + cpuMsOf(pid, true), 0);
  const armCpuBefore = cpuMsOf(armPid);
  const loadCpuBefore = cpuMsOf(process.pid);
  const { latencies, errors, cutOff } = await load(url, cookie, clients, seconds);
  const cpuMs = pids.reduce((sum, pid) => sum + cpuMsOf(pid), 0) - cpuBefore;
  const mainMs = pids.reduce((sum, pid) => sum + cpuMsOf(pid, true), 0) - mainBefore;
  const armCpuMs = cpuMsOf(armPid) - armCpuBefore;
  const loadCpuMs = cpuMsOf(process.pid) - loadCpuBefore;
  const sorted = latencies.sort((a, b) => a - b);
  const served = sorted.length + cutOff;
  return {
    replicas: pids.length,
    clients,
    seconds,
    requests: sorted.length,
    requestsPerSecond: Math.round((sorted.length / seconds) * 10) / 10,
    p50: Math.round(percentile(sorted, 50)),
    p95: Math.round(percentile(sorted, 95)),
    p99: Math.round(percentile(sorted, 99)),
    errors,
    cutOff,
    peakRssMb: samplers.map((s) => s.stop()),
    cpuMsPerRequest: perPage(cpuMs, served),
    mainThreadCpuMsPerRequest: perPage(mainMs, served),
    armCpuMsPerRequest: perPage(armCpuMs, served),
    loadCpuMsPerRequest: perPage(loadCpuMs, served),
    htmlBytes,
  };
}

/** One readable line for a run. */
export function describeRun(r: ReadLoadFigures, registries: number): string {
  return (
    `${r.replicas} replica(s), ${r.clients} clients, ${r.seconds} s on /registries (${registries} registries): ${r.requestsPerSecond} req/s, ` +
    `p50 ${r.p50} ms, p95 ${r.p95} ms, p99 ${r.p99} ms, ${r.errors} errors, ${r.cutOff} cut off by the render budget, ` +
    `peak RSS ${r.peakRssMb.join(' + ')} MB, ${r.cpuMsPerRequest} CPU ms per page (${r.mainThreadCpuMsPerRequest} on the main thread; ARM emulator ${r.armCpuMsPerRequest}; clients and proxy ${r.loadCpuMsPerRequest}), ${Math.round(r.htmlBytes / 1024)} KB of HTML`
  );
}
