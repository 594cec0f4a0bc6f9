// The operator's security settings, read from the environment once per process.
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
