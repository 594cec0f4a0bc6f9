// Bench step run in its own process with the react-server condition (lib/registries' list is server-only):
// (a) the emulator answering the raw Resource Graph pages over plain fetch, (b) the console's list through
// lib/arm via Resource Graph, (c) the same via per-subscription fan-out. After a warm-up, (a) and (b) run in
// alternation and their medians are reported, with the HTTP requests made; the first list with fresh
// subscription and region names is reported as "cold". Prints one JSON line.
import { createArmClient, type ArmExchange } from '@/lib/arm/client';
import { EmulatorCredential } from '@/lib/arm/emulator-credential';
import { listRegistries, type ListRegistriesVia } from '@/lib/registries/server/list-registries';
import { GRAPH_PAGE_SIZE, REGISTRIES_GRAPH_QUERY } from '@/lib/registries/server/list-via-graph';

const RUNS = 7;
const armUrl = process.argv[2];
const principal = 'owner@contoso.onmicrosoft.com';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function token(): Promise<string> {
  const response = await fetch(`${armUrl}/_emulator/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ principal }) });
  return ((await response.json()) as { access_token: string }).access_token;
}

// (a): the same query and page size the console sends, nothing but fetch and JSON.parse.
async function rawGraph(bearer: string): Promise<{ ms: number; requests: number; rows: number }> {
  const started = performance.now();
  let skipToken: string | undefined;
  let requests = 0;
  let rows = 0;
  do {
    const response = await fetch(`${armUrl}/providers/Microsoft.ResourceGraph/resources?api-version=2024-04-01`, {
      method: 'POST',
      headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' },
      body: JSON.stringify({ query: REGISTRIES_GRAPH_QUERY, options: { $top: GRAPH_PAGE_SIZE, ...(skipToken ? { $skipToken: skipToken } : {}) } }),
    });
    if (!response.ok) throw new Error(`Resource Graph answered ${response.status}: ${await response.text()}`);
    const page = (await response.json()) as { data: unknown[]; $skipToken?: string };
    requests++;
    rows += page.data.length;
    skipToken = page.$skipToken;
  } while (skipToken);
  return { ms: performance.now() - started, requests, rows };
}

function armClient(exchanges: ArmExchange[]) {
  return createArmClient({
    endpoint: armUrl,
    credential: new EmulatorCredential(armUrl, principal),
    onResponse: (exchange) => exchanges.push(exchange),
  });
}

const armRequests = (exchanges: ArmExchange[]) => exchanges.filter((e) => !e.url.includes('/_emulator/')).length;

// One console list; `fresh` re-reads subscription and region names (the cold case).
async function consoleList(client: ReturnType<typeof armClient>, exchanges: ArmExchange[], via: ListRegistriesVia, fresh = false) {
  exchanges.length = 0;
  const started = performance.now();
  const list = await listRegistries(client, { via, fresh });
  const ms = performance.now() - started;
  if (list.source !== (via === 'subscriptions' ? 'subscriptions' : 'resource-graph')) throw new Error(`listed via ${list.source}`);
  return { ms, requests: armRequests(exchanges), rows: list.rows.length };
}

async function main() {
  const bearer = await token();
  const exchanges: ArmExchange[] = [];
  const client = armClient(exchanges);
  // Warm-up of both paths (token, names cached for minutes as in the console, JIT).
  await rawGraph(bearer);
  await consoleList(client, exchanges, 'resource-graph');
  const cold = await consoleList(client, exchanges, 'resource-graph', true);
  // (a) and (b) alternate, so both see the same load on a shared machine.
  const raw: { ms: number; requests: number; rows: number }[] = [];
  const graph: { ms: number; requests: number; rows: number }[] = [];
  for (let run = 0; run < RUNS; run++) {
    raw.push(await rawGraph(bearer));
    graph.push(await consoleList(client, exchanges, 'resource-graph'));
  }
  const fanoutCold = await consoleList(client, exchanges, 'subscriptions', true);
  const fanout: { ms: number; requests: number; rows: number }[] = [];
  for (let run = 0; run < 3; run++) fanout.push(await consoleList(client, exchanges, 'subscriptions'));
  const summary = (runs: { ms: number; requests: number; rows: number }[], first: { ms: number; requests: number }) => ({
    ms: median(runs.map((r) => r.ms)),
    requests: median(runs.map((r) => r.requests)),
    rows: runs[0].rows,
    coldMs: first.ms,
    coldRequests: first.requests,
  });
  console.log(
    JSON.stringify({
      rawArgMs: median(raw.map((r) => r.ms)),
      rawArgRequests: raw[0].requests,
      rawRows: raw[0].rows,
      graph: summary(graph, cold),
      fanout: summary(fanout, fanoutCold),
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
