// The per-request context the pipeline threads through its steps.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Caller, Emulator, RpContext } from '../context';

/** Everything a step or handler knows about the request being served. */
export interface RequestContext {
  emulator: Emulator;
  req: IncomingMessage;
  res: ServerResponse;
  method: string;
  url: URL;
  /** Decoded path without trailing slash. */
  path: string;
  query: URLSearchParams;
  requestId: string;
  correlationId: string;
  clientRequestId?: string;
  /** Absolute base URL the client used (Host header), no trailing slash. */
  baseUrl: string;
  /** Time the request arrived (ms). */
  now: number;
  /** Route parameters, decoded, in the casing the client sent. */
  params: Record<string, string>;
  /** Parsed JSON body (undefined when empty). */
  body?: unknown;
  caller?: Caller;
  apiVersion?: string;
}

/** The resource-provider context of an authenticated ARM request. */
export function rpContextOf(ctx: RequestContext): RpContext {
  if (!ctx.caller) throw new Error('rpContextOf called before authentication');
  return { emulator: ctx.emulator, caller: ctx.caller, baseUrl: ctx.baseUrl, apiVersion: ctx.apiVersion ?? '', now: ctx.now };
}
