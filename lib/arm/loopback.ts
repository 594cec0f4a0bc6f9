// Plain-http bearer auth, for loopback hosts only. Azure's bearerTokenAuthenticationPolicy refuses any
// non-https URL; the embedded emulator listens on http://127.0.0.1. This module swaps that one policy for an
// equivalent that also accepts http — but only when the host is this machine, so a bearer token can never
// travel in clear text over a network. https requests go through Azure's own policy, unchanged.
import 'server-only';
import type { AbortSignalLike } from '@azure/abort-controller';
import type { AccessToken, TokenCredential } from '@azure/core-auth';
import {
  bearerTokenAuthenticationPolicy,
  bearerTokenAuthenticationPolicyName,
  type Pipeline,
  type PipelinePolicy,
} from '@azure/core-rest-pipeline';
import { isLoopbackHost } from '@/lib/arm-facts/auth-mode';

export { isLoopbackHost };

/** Name of the replacement policy (so tests and callers can find it in a pipeline). */
export const loopbackBearerPolicyName = 'loopbackBearerTokenPolicy';

// Refresh a cached token this long before it expires (the Azure token cycler uses a similar margin).
const REFRESH_MARGIN_MS = 2 * 60 * 1000;

/** True when a URL is plain http to a loopback host (the only case allowed without TLS). */
export function isLoopbackHttpUrl(url: string | URL): boolean {
  const parsed = typeof url === 'string' ? new URL(url) : url;
  return parsed.protocol === 'http:' && isLoopbackHost(parsed.hostname);
}

function untilAborted<T>(work: Promise<T>, signal: AbortSignalLike | undefined): Promise<T> {
  if (!signal) return work;
  if (signal.aborted) return Promise.reject(new DOMException('The operation was aborted.', 'AbortError'));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new DOMException('The operation was aborted.', 'AbortError'));
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** A bearer policy that signs https requests as Azure's does, and http requests only to loopback hosts. */
export function loopbackBearerPolicy(credential: TokenCredential, scopes: string | string[]): PipelinePolicy {
  const scopeList = Array.isArray(scopes) ? scopes : [scopes];
  const tls = bearerTokenAuthenticationPolicy({ credential, scopes: scopeList });
  let cached: AccessToken | null = null;
  let pending: Promise<AccessToken | null> | null = null;

  async function token(): Promise<AccessToken | null> {
    if (cached && cached.expiresOnTimestamp - REFRESH_MARGIN_MS > Date.now()) return cached;
    pending ??= credential.getToken(scopeList).finally(() => (pending = null));
    cached = await pending;
    return cached;
  }

  return {
    name: loopbackBearerPolicyName,
    async sendRequest(request, next) {
      const url = new URL(request.url);
      if (url.protocol === 'https:') return tls.sendRequest(request, next);
      if (!isLoopbackHttpUrl(url)) {
        throw new Error(`Refusing to send a bearer token over plain http to ${url.host}: only loopback hosts may use http.`);
      }
      request.allowInsecureConnection = true;
      // A hung token endpoint (the emulator's own, stopped) must not outlast the request's abort (a page's
      // time budget, lib/arm/deadline.ts): the shared fetch goes on for the next caller, this one gives up.
      const accessToken = await untilAborted(token(), request.abortSignal);
      if (accessToken) request.headers.set('Authorization', `Bearer ${accessToken.token}`);
      return next(request);
    },
  };
}

/**
 * Replaces the pipeline's bearerTokenAuthenticationPolicy with loopbackBearerPolicy (Sign phase, where Azure
 * puts it: signing happens after retry). Use on official @azure/arm-* clients: `allowLoopbackHttp(client.pipeline, …)`.
 */
export function allowLoopbackHttp(pipeline: Pipeline, credential: TokenCredential, scopes: string | string[]): Pipeline {
  pipeline.removePolicy({ name: bearerTokenAuthenticationPolicyName });
  pipeline.removePolicy({ name: loopbackBearerPolicyName });
  pipeline.addPolicy(loopbackBearerPolicy(credential, scopes), { phase: 'Sign' });
  return pipeline;
}
