// The one way lib/arm talks to ARM: an Azure SDK core pipeline (request ids, retries with Retry-After,
// exponential backoff for 408/5xx/socket errors, bearer token signed after retry) plus JSON in and out.
// Non-2xx answers become ArmError. Requests may only go to the endpoint's own origin: nextLinks, poll URLs
// and decoded handles are absolute URLs from outside, and the bearer token must never follow them elsewhere.
import 'server-only';
import type { TokenCredential } from '@azure/core-auth';
import {
  createHttpHeaders,
  createPipelineFromOptions,
  createPipelineRequest,
  createDefaultHttpClient,
  redirectPolicyName,
  type HttpClient,
  type HttpMethods,
  type PipelinePolicy,
} from '@azure/core-rest-pipeline';
import { deadlineExceeded, deadlineSignal, noteArmAnswered, noteArmCallSent, noteThrottled } from './deadline';
import { armErrorFromResponse, parseRetryAfter, toArmError } from './errors';
import { recordArmBudgetSpent, recordArmCall } from '../observability/request-context';
import { allowLoopbackHttp, isLoopbackHttpUrl } from './loopback';

/** One request as lib/arm modules describe it. `path` starts with `/`, or is an absolute URL on the endpoint. */
export interface ArmRequest {
  method: string;
  path: string;
  apiVersion?: string;
  query?: Record<string, string>;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/** A 2xx answer: parsed JSON body (undefined when empty), lowercased headers and ARM's tracing ids. */
export interface ArmResponse<T> {
  status: number;
  body: T;
  headers: Record<string, string>;
  requestId?: string;
  correlationId?: string;
  /** The request as sent (method and absolute URL); LRO mode inference needs it, as core-lro's does. */
  request: { method: string; url: string };
}

/** What an observer sees for every HTTP attempt, retries included (benchmarks count these). */
export interface ArmExchange {
  method: string;
  url: string;
  /** HTTP status, or 0 when the attempt failed without a response. */
  status: number;
  durationMs: number;
  requestId?: string;
}

/** Options for createArmClient. */
export interface ArmClientOptions {
  /** ARM base URL (origin only), e.g. https://management.azure.com or http://127.0.0.1:4510. */
  endpoint: string;
  credential: TokenCredential;
  /** Prefix for the User-Agent header, e.g. `registry-hub/0.1.0`. */
  userAgentPrefix?: string;
  /** Retry tuning; defaults are the Azure SDK's (3 retries, 1 s base delay, 64 s cap). */
  retry?: { maxRetries?: number; retryDelayInMs?: number; maxRetryDelayInMs?: number };
  /** Token scopes; default `${endpoint}/.default` (ARM's audience is its own origin). */
  scopes?: string[];
  /** Per-attempt timeout; ARM itself gives up after 60 s, so the default leaves room for that answer. */
  timeoutMs?: number;
  /** Called once per HTTP attempt, after it completes. */
  onResponse?: (exchange: ArmExchange) => void;
  /** Transport override (tests). */
  httpClient?: HttpClient;
}

/** A configured ARM client: its endpoint and one generic send. */
export interface ArmClient {
  /** The origin every request goes to. */
  readonly endpoint: string;
  /** Sends one request; resolves with a 2xx ArmResponse, rejects with ArmError otherwise. */
  send<T = unknown>(req: ArmRequest): Promise<ArmResponse<T>>;
}

const DEFAULT_TIMEOUT_MS = 90_000;

/** Validates an endpoint and returns its origin: https anywhere, http only on a loopback host. */
export function normalizeEndpoint(endpoint: string): string {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new Error(`ARM endpoint is not a URL: '${endpoint}'`);
  }
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    throw new Error(`ARM endpoint must be an origin only (scheme, host, port): '${endpoint}'`);
  }
  if (url.protocol !== 'https:' && !isLoopbackHttpUrl(url)) {
    throw new Error(`ARM endpoint '${endpoint}' must use https; plain http is allowed only for loopback hosts.`);
  }
  return url.origin;
}

/** Resolves a path or absolute URL against the endpoint, refusing any URL on another origin. */
export function resolveArmUrl(endpoint: string, path: string): URL {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path)) {
    const url = new URL(path);
    if (url.origin !== endpoint) {
      throw new Error(`Refusing to send an ARM request to ${url.origin}: only ${endpoint} may receive the token.`);
    }
    return url;
  }
  if (!path.startsWith('/') || path.startsWith('//')) {
    throw new Error(`ARM path must start with a single '/': '${path}'`);
  }
  return new URL(endpoint + path);
}

function headersToRecord(headers: Iterable<[string, string]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of headers) out[name.toLowerCase()] = value;
  return out;
}

function parseJson(text: string | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

// Runs after the retry policy, so each attempt (not each logical call) is reported.
function observerPolicy(onResponse: NonNullable<ArmClientOptions['onResponse']>): PipelinePolicy {
  return {
    name: 'armObserverPolicy',
    async sendRequest(request, next) {
      const started = Date.now();
      const report = (status: number, requestId?: string) =>
        onResponse({ method: request.method, url: request.url, status, durationMs: Date.now() - started, requestId });
      try {
        const response = await next(request);
        report(response.status, response.headers.get('x-ms-request-id'));
        return response;
      } catch (e) {
        report(0);
        throw e;
      }
    },
  };
}

// Every ARM answer's correlation id goes into the serving request's log line (lib/observability).
const requestTracePolicy: PipelinePolicy = {
  name: 'armRequestTracePolicy',
  async sendRequest(request, next) {
    try {
      const response = await next(request);
      recordArmCall(response.headers.get('x-ms-correlation-request-id'));
      if (response.status === 429) noteThrottled(parseRetryAfter(response.headers.get('retry-after')));
      return response;
    } catch (e) {
      recordArmCall(undefined);
      throw e;
    }
  },
};

/** Builds an ArmClient on the Azure SDK core pipeline. */
export function createArmClient(opts: ArmClientOptions): ArmClient {
  const endpoint = normalizeEndpoint(opts.endpoint);
  const pipeline = createPipelineFromOptions({
    retryOptions: opts.retry,
    userAgentOptions: opts.userAgentPrefix ? { userAgentPrefix: opts.userAgentPrefix } : undefined,
  });
  // ARM answers never redirect; following a 3xx would re-sign the request for whatever host it names.
  pipeline.removePolicy({ name: redirectPolicyName });
  allowLoopbackHttp(pipeline, opts.credential, opts.scopes ?? [`${endpoint}/.default`]);
  pipeline.addPolicy(requestTracePolicy, { afterPhase: 'Retry' });
  if (opts.onResponse) pipeline.addPolicy(observerPolicy(opts.onResponse), { afterPhase: 'Retry' });
  const httpClient = opts.httpClient ?? createDefaultHttpClient();

  async function send<T>(req: ArmRequest): Promise<ArmResponse<T>> {
    const url = resolveArmUrl(endpoint, req.path);
    for (const [k, v] of Object.entries(req.query ?? {})) url.searchParams.set(k, v);
    if (req.apiVersion) url.searchParams.set('api-version', req.apiVersion);
    const headers = createHttpHeaders({ accept: 'application/json', ...req.headers });
    const deadline = deadlineSignal(req.signal);
    if (req.body !== undefined) headers.set('content-type', 'application/json');
    const request = createPipelineRequest({
      url: url.toString(),
      method: req.method.toUpperCase() as HttpMethods,
      headers,
      body: req.body === undefined ? undefined : JSON.stringify(req.body),
      timeout: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      abortSignal: deadline.signal,
    });
    let response;
    noteArmCallSent();
    try {
      response = await pipeline.sendRequest(httpClient, request);
      noteArmAnswered();
    } catch (e) {
      // A page's time budget (deadline.ts) ran out: say why, in words. The caller's own abort stays an abort.
      const cutOff = req.signal?.aborted ? null : deadlineExceeded();
      if (cutOff) {
        recordArmBudgetSpent(cutOff.code);
        throw cutOff;
      }
      if (e instanceof Error && e.name === 'AbortError') throw e;
      throw toArmError(e);
    } finally {
      deadline.release();
    }
    const responseHeaders = headersToRecord(response.headers);
    if (response.status < 200 || response.status > 299) {
      throw armErrorFromResponse(response.status, response.bodyAsText ?? undefined, responseHeaders);
    }
    return {
      status: response.status,
      body: parseJson(response.bodyAsText ?? undefined) as T,
      headers: responseHeaders,
      requestId: responseHeaders['x-ms-request-id'],
      correlationId: responseHeaders['x-ms-correlation-request-id'],
      request: { method: request.method, url: request.url },
    };
  }

  return { endpoint, send };
}
