// The operator's security settings, read from the environment once per process.
import { isLoopbackHost } from '@/lib/arm-facts/auth-mode';
import { allowedOrigins } from './request-origin';

/** CONSOLE_CSP_REPORT_ONLY=1 sends the policy as Content-Security-Policy-Report-Only (a rollout step). */
export function cspReportOnly(): boolean {
  return process.env.CONSOLE_CSP_REPORT_ONLY === '1';
}

let origins: string[] | undefined;

/** Origins besides the console's own Host that may POST to it (CONSOLE_ALLOWED_ORIGINS, CONSOLE_PUBLIC_URL). */
export function configuredAllowedOrigins(): string[] {
  origins ??= allowedOrigins(process.env.CONSOLE_ALLOWED_ORIGINS, process.env.CONSOLE_PUBLIC_URL);
  return origins;
}

/**
 * Largest request body a server action or route handler accepts, in bytes (Next's own server-action limit
 * is 1 MB; checking the declared length first answers 413 instead of Next's 500).
 */
export const MAX_REQUEST_BODY_BYTES = 1024 * 1024;

/** Azure Storage's public blob endpoints: the SAS URIs startPendingUpload hands out point there. */
export const AZURE_BLOB_SOURCE = 'https://*.blob.core.windows.net';

/**
 * Where publish forms upload from the browser (straight to the SAS URI, never through the console): Azure
 * Storage, and the embedded emulator's own blob endpoint when `armEndpoint` is a loopback emulator.
 */
export function connectSourcesFor(armEndpoint: string | undefined): string[] {
  const sources = [AZURE_BLOB_SOURCE];
  try {
    const url = armEndpoint ? new URL(armEndpoint) : null;
    if (url && isLoopbackHost(url.hostname)) sources.push(url.origin);
  } catch {
    // An unparsable ARM_ENDPOINT fails loudly in lib/arm; the policy just leaves it out.
  }
  return sources;
}

let uploadSources: string[] | undefined;

/** connectSourcesFor(ARM_ENDPOINT), read once per process. */
export function uploadConnectSources(): string[] {
  uploadSources ??= connectSourcesFor(process.env.ARM_ENDPOINT);
  return uploadSources;
}
