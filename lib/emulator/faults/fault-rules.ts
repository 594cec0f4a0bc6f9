// Fault-injection rules (like LocalStack's chaos API) and their validation. Two kinds:
//  - http: matches requests by method and path glob and answers with an error status (429 with
//    Retry-After, 500/503 bursts via `times`), adds latency, or drops the connection;
//  - provisioning: makes one child resource of a registry (storage account, container registry or
//    replication; optionally only in one region or for one registry) end Failed with a code and message;
//  - delay: stretches one registry's operations (create, update, removeRegions, delete) by a fixed time, so
//    a test can see Creating / Updating / Deleting at any time scale and then see the operation end.
import { invalidRequestContent } from '../errors';

/** Child resource types a provisioning rule can fail. */
export const PROVISIONING_FAULT_TYPES = [
  'Microsoft.Storage/storageAccounts',
  'Microsoft.ContainerRegistry/registries',
  'Microsoft.ContainerRegistry/registries/replications',
] as const;

/** An HTTP fault rule as clients send it. */
export interface HttpFaultSpec {
  kind: 'http';
  match: { method?: string; path?: string };
  status?: number;
  code?: string;
  message?: string;
  retryAfterSeconds?: number;
  latencyMs?: number;
  times?: number;
  probability?: number;
  dropConnection?: boolean;
}

/** A provisioning fault rule as clients send it. */
export interface ProvisioningFaultSpec {
  kind: 'provisioning';
  resourceType: (typeof PROVISIONING_FAULT_TYPES)[number];
  region?: string;
  registryName?: string;
  code: string;
  message: string;
  times?: number;
}

/** Registry operations a delay rule can stretch. */
export const DELAYABLE_OPERATIONS = ['create', 'update', 'removeRegions', 'delete'] as const;

/** A delay rule as clients send it: the named registry's matching operations end `delayMs` later. */
export interface DelayFaultSpec {
  kind: 'delay';
  registryName: string;
  operation?: (typeof DELAYABLE_OPERATIONS)[number];
  delayMs: number;
  times?: number;
}

/** Any kind of rule. */
export type FaultSpec = HttpFaultSpec | ProvisioningFaultSpec | DelayFaultSpec;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function optional<T>(body: Json, key: string, check: (v: unknown) => v is T, expected: string): T | undefined {
  const v = body[key];
  if (v === undefined || v === null) return undefined;
  if (!check(v)) throw invalidRequestContent(`Property '${key}' must be ${expected}`);
  return v;
}

const isString = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
const intIn = (min: number, max: number) => (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
const isProbability = (v: unknown): v is number => typeof v === 'number' && v > 0 && v <= 1;

function parseHttp(body: Json): HttpFaultSpec {
  const match = body.match ?? {};
  if (!isObject(match)) throw invalidRequestContent("Property 'match' must be an object {method?, path?}");
  const spec: HttpFaultSpec = {
    kind: 'http',
    match: { method: optional(match, 'method', isString, 'an HTTP method')?.toUpperCase(), path: optional(match, 'path', isString, 'a path glob') },
    status: optional(body, 'status', intIn(400, 599), 'an integer HTTP status between 400 and 599'),
    code: optional(body, 'code', isString, 'a non-empty string'),
    message: optional(body, 'message', isString, 'a non-empty string'),
    retryAfterSeconds: optional(body, 'retryAfterSeconds', intIn(0, 3600), 'an integer number of seconds (0–3600)'),
    latencyMs: optional(body, 'latencyMs', intIn(0, 120_000), 'an integer number of milliseconds (0–120000)'),
    times: optional(body, 'times', intIn(1, 1_000_000), 'a positive integer'),
    probability: optional(body, 'probability', isProbability, 'a number in (0, 1]'),
    dropConnection: optional(body, 'dropConnection', isBool, 'a boolean'),
  };
  if (spec.status === undefined && !spec.dropConnection && spec.latencyMs === undefined && spec.retryAfterSeconds === undefined) {
    throw invalidRequestContent("A fault rule needs 'status', 'latencyMs', 'retryAfterSeconds' or 'dropConnection'");
  }
  return spec;
}

function parseProvisioning(body: Json): ProvisioningFaultSpec {
  const resourceType = PROVISIONING_FAULT_TYPES.find((t) => typeof body.resourceType === 'string' && t.toLowerCase() === body.resourceType.toLowerCase());
  if (!resourceType) throw invalidRequestContent(`Property 'resourceType' must be one of ${PROVISIONING_FAULT_TYPES.join(', ')}`);
  const code = optional(body, 'code', isString, 'a non-empty string');
  const message = optional(body, 'message', isString, 'a non-empty string');
  if (!code || !message) throw invalidRequestContent("A provisioning fault needs 'code' and 'message'");
  return {
    kind: 'provisioning',
    resourceType,
    region: optional(body, 'region', isString, 'a region name')?.replace(/\s+/g, '').toLowerCase(),
    registryName: optional(body, 'registryName', isString, 'a registry name'),
    code,
    message,
    times: optional(body, 'times', intIn(1, 1_000_000), 'a positive integer'),
  };
}

function parseDelay(body: Json): DelayFaultSpec {
  const registryName = optional(body, 'registryName', isString, 'a registry name');
  const delayMs = optional(body, 'delayMs', intIn(1, 600_000), 'an integer number of milliseconds (1–600000)');
  if (!registryName || delayMs === undefined) throw invalidRequestContent("A delay rule needs 'registryName' and 'delayMs'");
  const operation = optional(body, 'operation', (v): v is DelayFaultSpec['operation'] & string => DELAYABLE_OPERATIONS.includes(v as never), `one of ${DELAYABLE_OPERATIONS.join(', ')}`);
  return { kind: 'delay', registryName, operation, delayMs, times: optional(body, 'times', intIn(1, 1_000_000), 'a positive integer') };
}

/** Parses a POST /_emulator/faults body; 400 InvalidRequestContent for anything malformed. */
export function parseFaultSpec(body: unknown): FaultSpec {
  if (!isObject(body)) throw invalidRequestContent('The fault rule must be a JSON object');
  if (body.kind === undefined || body.kind === 'http') return parseHttp(body);
  if (body.kind === 'provisioning') return parseProvisioning(body);
  if (body.kind === 'delay') return parseDelay(body);
  throw invalidRequestContent("Property 'kind' must be 'http' (default), 'provisioning' or 'delay'");
}
