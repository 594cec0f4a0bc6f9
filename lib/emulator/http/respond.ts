// Writes responses with the headers ARM puts on every answer: x-ms-request-id,
// x-ms-correlation-request-id (echoed or generated), x-ms-routing-request-id, Date, and
// x-ms-client-request-id when the client sent one (arm-contract.md §4 "Headers").
import type { ServerResponse } from 'node:http';
import type { RequestContext } from './request-context';

/** ARM's routing id: "REGION:yyyymmddThhmmssZ:requestId". */
function routingRequestId(requestId: string, now: number): string {
  const stamp = new Date(now).toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  return `WESTUS:${stamp}:${requestId}`;
}

/** The identifying headers of a request's response. */
export function standardHeaders(ctx: Pick<RequestContext, 'requestId' | 'correlationId' | 'clientRequestId' | 'now'>): Record<string, string> {
  const headers: Record<string, string> = {
    'x-ms-request-id': ctx.requestId,
    'x-ms-correlation-request-id': ctx.correlationId,
    'x-ms-routing-request-id': routingRequestId(ctx.requestId, ctx.now),
    'Cache-Control': 'no-cache',
    Pragma: 'no-cache',
    Expires: '-1',
    Date: new Date().toUTCString(),
  };
  if (ctx.clientRequestId) headers['x-ms-client-request-id'] = ctx.clientRequestId;
  return headers;
}

/** Sends a JSON (or empty) response — or text as is when the result names its own Content-Type; HEAD requests never carry a body. */
export function send(res: ServerResponse, method: string, status: number, headers: Record<string, string>, body?: unknown): void {
  if (res.headersSent || res.destroyed) return;
  const raw = typeof body === 'string' && headers['Content-Type'] !== undefined;
  const text = body === undefined || status === 204 || method === 'HEAD' ? '' : raw ? (body as string) : JSON.stringify(body);
  const all: Record<string, string> = { ...headers };
  if (text && !raw) all['Content-Type'] = 'application/json; charset=utf-8';
  // Encoded once: a Resource Graph page is ~100 KB, and byteLength then end(text) would encode it twice.
  const bytes = Buffer.from(text);
  all['Content-Length'] = String(bytes.length);
  res.writeHead(status, all);
  res.end(bytes);
}
