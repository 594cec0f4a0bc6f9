// Emulator settings from the environment (docs/architecture.md "Configuration"), overridable per call.
import path from 'node:path';

/** Resolved settings of one emulator instance. */
export interface ResolvedEmulatorOptions {
  host: string;
  port: number;
  /** TLS listener beside http (0: a free port). */
  httpsPort: number;
  dbPath: string;
  /** Where the CA and server certificate live; undefined: generated per process, never written (in-memory databases). */
  tlsDir: string | undefined;
  timeScale: number;
  pageSize: number;
  /** The managed identity's principal (object id or user principal name). */
  managedIdentity: string;
  reset: boolean;
  quiet: boolean;
}

/** Options `startEmulator` accepts; anything omitted comes from the environment or defaults. */
export interface EmulatorOptions {
  host?: string;
  port?: number;
  httpsPort?: number;
  dbPath?: string;
  tlsDir?: string;
  /** Multiplies every provisioning delay (0.01: a hundred times faster than ARM's pace). */
  timeScale?: number;
  pageSize?: number;
  managedIdentity?: string;
  reset?: boolean;
  quiet?: boolean;
}

const validPort = (n: number) => Number.isInteger(n) && n >= 0 && n < 65536;

function numberFromEnv(name: string, fallback: number, valid: (n: number) => boolean): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!valid(n)) throw new Error(`${name}=${raw} is not valid`);
  return n;
}

// A bigger "speed" made the emulator slower; the variable was renamed to say what it does. Starting with the
// old name set would silently run at ARM's pace, so refuse it and name the replacement.
const RENAMED_VARIABLES: Record<string, string> = { ARM_EMULATOR_SPEED: 'ARM_EMULATOR_TIME_SCALE' };

function refuseRenamedVariables(): void {
  for (const [old, replacement] of Object.entries(RENAMED_VARIABLES)) {
    if (process.env[old] !== undefined) {
      throw new Error(`${old} is no longer read: set ${replacement} instead (it multiplies every provisioning delay, e.g. ${replacement}=0.01 runs 100 times faster).`);
    }
  }
}

/** Merges explicit options over ARM_EMULATOR_* variables over defaults, and validates them. */
export function resolveOptions(opts: EmulatorOptions = {}): ResolvedEmulatorOptions {
  refuseRenamedVariables();
  const port = opts.port ?? numberFromEnv('ARM_EMULATOR_PORT', 4510, validPort);
  const dbPath = opts.dbPath ?? (process.env.ARM_EMULATOR_DB || '.data/arm-emulator.db');
  const resolved: ResolvedEmulatorOptions = {
    host: opts.host ?? '127.0.0.1',
    port,
    dbPath,
    // Tests start on port 0; a fixed default would make two in-process emulators collide on it.
    httpsPort: opts.httpsPort ?? (port === 0 ? 0 : numberFromEnv('ARM_EMULATOR_HTTPS_PORT', 4511, validPort)),
    tlsDir: opts.tlsDir ?? (dbPath === ':memory:' ? undefined : path.join(path.dirname(path.resolve(dbPath)), 'tls')),
    timeScale: opts.timeScale ?? numberFromEnv('ARM_EMULATOR_TIME_SCALE', 1, (n) => Number.isFinite(n) && n >= 0),
    pageSize: opts.pageSize ?? numberFromEnv('ARM_EMULATOR_PAGE_SIZE', 100, (n) => Number.isInteger(n) && n >= 1),
    managedIdentity: opts.managedIdentity ?? (process.env.ARM_EMULATOR_PRINCIPAL?.trim() || 'owner@contoso.onmicrosoft.com'),
    reset: opts.reset ?? false,
    quiet: opts.quiet ?? false,
  };
  if (!(resolved.timeScale >= 0) || !Number.isFinite(resolved.timeScale)) throw new Error(`timeScale must be a non-negative number, got ${resolved.timeScale}`);
  if (!Number.isInteger(resolved.pageSize) || resolved.pageSize < 1) throw new Error(`pageSize must be a positive integer, got ${resolved.pageSize}`);
  return resolved;
}
