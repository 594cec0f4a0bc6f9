// Where contract tests run. By default: an emulator started in-process (fresh :memory: database, delays scaled by 0.01)
// acting as the seeded Owner, reached over TLS exactly as Azure is: the emulator's generated CA is trusted through the
// clients' own TLS settings, and the bearer policy is Azure's (no loopback swap). Its control endpoints
// (tokens, faults, seeding) and the clients of `emulatorClientAs` use its plain-http listener. With ARM_LIVE=1: real ARM from the environment, so the Azure-meaningful specs
// run unchanged against Azure. Specs get clients, ids and regions from here and never hard-code them.
//
// Live variables: ARM_ENDPOINT (default https://management.azure.com), ARM_LIVE_SUBSCRIPTION_ID (required),
// ARM_LIVE_OTHER_SUBSCRIPTION_ID (default: the same one), ARM_LIVE_LOCATION (default eastus),
// Azure credentials as DefaultAzureCredential reads them (az login, AZURE_* variables, managed identity).
import { randomBytes } from 'node:crypto';
import type { TokenCredential } from '@azure/core-auth';
import { createDefaultHttpClient, type HttpClient, type TlsSettings } from '@azure/core-rest-pipeline';
import { DefaultAzureCredential } from '@azure/identity';
import { ResourceManagementClient } from '@azure/arm-resources';
import { SubscriptionClient } from '@azure/arm-resources-subscriptions';
import { startEmulator } from '@/lib/emulator/server';
import { SEED_PRINCIPALS } from '@/lib/emulator/seed/principals';
import { SEED_SUBSCRIPTIONS } from '@/lib/emulator/seed/subscriptions';
import { createArmClient, type ArmClient, type ArmExchange } from '../client';
import { EmulatorCredential } from '../emulator-credential';
import { getProvider, ML_PROVIDER_NAMESPACE } from '../providers';
import { listLocations } from '../locations';
import { beginDeleteResourceGroup, createOrUpdateResourceGroup } from '../resource-groups';

/** Everything a contract spec needs about the ARM it runs against. */
export interface ContractTarget {
  live: boolean;
  /** The ARM endpoint (https, also for the emulator). */
  endpoint: string;
  /** The emulator's plain-http base URL for control calls and emulatorClientAs (the ARM endpoint when live). */
  controlEndpoint: string;
  /** CA certificates to trust for `endpoint` (the emulator's local CA; none when live). */
  tls: TlsSettings | undefined;
  /** The acting identity (the seeded Owner on the emulator). */
  credential: TokenCredential;
  /** lib/arm client for that identity; every HTTP attempt is appended to `exchanges`. */
  client: ArmClient;
  exchanges: ArmExchange[];
  /** A subscription with Microsoft.MachineLearningServices registered. */
  subscriptionId: string;
  /** A second registered subscription (tenant-wide name checks). */
  otherSubscriptionId: string;
  /** Registry regions: primary, two additional, and a real region that does not support registries. */
  location: string;
  additionalLocations: [string, string];
  unsupportedLocation: string;
  /** How long a registry operation may take here. */
  operationTimeoutMs: number;
  /** Poll interval for operations here. */
  pollIntervalMs: number;
  /** A lib/arm client with any credential (e.g. one that yields no token). */
  clientWith(credential: TokenCredential): ArmClient;
  /** Official @azure/arm-resources client on this target (over TLS, Azure's own bearer policy). */
  resourceClient(subscriptionId?: string): ResourceManagementClient;
  /** Official @azure/arm-resources-subscriptions client on this target. */
  subscriptionClient(): SubscriptionClient;
  /** Creates a resource group with a unique name, deleted again by close(). */
  newResourceGroup(subscriptionId?: string): Promise<string>;
  /** Deletes the resource groups this target created and stops the emulator. */
  close(): Promise<void>;
}

/** Per-spec timeout: seconds on the emulator, hours on Azure (a registry create alone takes 5–10 min there). */
export const SPEC_TIMEOUT_MS = process.env.ARM_LIVE === '1' ? 3 * 3600_000 : 60_000;

/** A unique, valid name for test data (registries: 3–33 chars, alphanumeric first). */
export function uniqueName(prefix = 'ct'): string {
  return `${prefix}${randomBytes(5).toString('hex')}`;
}

/** Options for an official @azure/arm-* client on an https endpoint: Azure's pipeline, the target's CA. */
export function officialClientOptions(endpoint: string, tls: TlsSettings | undefined) {
  return { endpoint, $host: endpoint, ...(tls ? { tlsOptions: tls } : {}) };
}

/** Official clients on an https endpoint, unchanged apart from the CA they trust. */
export function officialClients(endpoint: string, credential: TokenCredential, tls: TlsSettings | undefined) {
  const options = officialClientOptions(endpoint, tls);
  return {
    resources: (subscriptionId: string) => new ResourceManagementClient(credential, subscriptionId, options),
    subscriptions: () => new SubscriptionClient(credential, options),
  };
}

// lib/arm takes an HttpClient: this one adds the target's CA to every request's TLS settings.
function httpClientTrusting(tls: TlsSettings): HttpClient {
  const base = createDefaultHttpClient();
  return {
    sendRequest(request) {
      request.tlsSettings = tls;
      return base.sendRequest(request);
    },
  };
}

/** A running in-process emulator (emulator-only specs use this directly, e.g. to restart it). */
export interface LocalEmulator {
  /** Plain-http base URL (control endpoints, lib/arm's loopback path). */
  endpoint: string;
  port: number;
  /** TLS base URL and the CA that signed its certificate. */
  httpsEndpoint: string;
  caPem: string;
  close(): Promise<void>;
}

/** Starts the emulator in-process: fresh :memory: database and delays scaled by 0.01 unless told otherwise. */
export async function startLocalEmulator(opts: { dbPath?: string; timeScale?: number; port?: number } = {}): Promise<LocalEmulator> {
  // A fixed http port (a restart) must not pull the TLS listener onto the environment's default port.
  const emulator = await startEmulator({ port: opts.port ?? 0, httpsPort: 0, dbPath: opts.dbPath ?? ':memory:', timeScale: opts.timeScale ?? 0.01, quiet: true });
  const endpoint = new URL(emulator.url).origin;
  return { endpoint, port: Number(new URL(endpoint).port), httpsEndpoint: emulator.httpsUrl, caPem: emulator.caPem, close: () => emulator.close() };
}

/** A lib/arm client acting as an emulator principal (user principal name or id). */
export function emulatorClientAs(endpoint: string, principal: string, onResponse?: (x: ArmExchange) => void): ArmClient {
  return createArmClient({ endpoint, credential: new EmulatorCredential(endpoint, principal), onResponse, retry: { retryDelayInMs: 50, maxRetryDelayInMs: 500 } });
}

/** Seeded ids, for emulator-only specs. */
export const seeded = { principals: SEED_PRINCIPALS, subscriptions: SEED_SUBSCRIPTIONS } as const;

function normalizeRegion(name: string): string {
  return name.toLowerCase().replace(/\s+/g, '');
}

// Regions come from the provider (supported) and the subscription (all), exactly as a client would learn them.
async function chooseRegions(client: ArmClient, subscriptionId: string, preferred: string) {
  const provider = await getProvider(client, subscriptionId, ML_PROVIDER_NAMESPACE);
  const registries = provider.resourceTypes.find((t) => t.resourceType.toLowerCase() === 'registries');
  const supported = new Set((registries?.locations ?? []).map(normalizeRegion));
  const all = (await listLocations(client, subscriptionId)).filter((l) => l.metadata?.regionType !== 'Logical').map((l) => l.name);
  const usable = all.filter((name) => supported.has(name));
  const location = usable.includes(preferred) ? preferred : usable[0];
  const others = ['westus2', 'northeurope', 'westeurope', 'eastus2', ...usable].filter((r) => r !== location && usable.includes(r));
  const unsupportedLocation = all.find((name) => !supported.has(name));
  if (!location || others.length < 2 || !unsupportedLocation) {
    throw new Error(`Target cannot supply regions: supported=${[...supported].join(',')} all=${all.length}`);
  }
  return { location, additionalLocations: [others[0], others[1]] as [string, string], unsupportedLocation };
}

/** Starts (or connects to) the contract target. Call close() in afterAll. */
export async function startTarget(): Promise<ContractTarget> {
  const live = process.env.ARM_LIVE === '1';
  const local = live ? null : await startLocalEmulator();
  const endpoint = local?.httpsEndpoint ?? new URL(process.env.ARM_ENDPOINT || 'https://management.azure.com').origin;
  const controlEndpoint = local?.endpoint ?? endpoint;
  const tls: TlsSettings | undefined = local ? { ca: local.caPem } : undefined;
  const credential: TokenCredential = live ? new DefaultAzureCredential() : new EmulatorCredential(controlEndpoint, SEED_PRINCIPALS.owner.userPrincipalName);
  const subscriptionId = live ? requiredEnv('ARM_LIVE_SUBSCRIPTION_ID') : SEED_SUBSCRIPTIONS.production.id;
  const otherSubscriptionId = live ? process.env.ARM_LIVE_OTHER_SUBSCRIPTION_ID || subscriptionId : SEED_SUBSCRIPTIONS.development.id;
  const exchanges: ArmExchange[] = [];
  const clientWith = (cred: TokenCredential) =>
    createArmClient({
      endpoint,
      credential: cred,
      onResponse: (x) => exchanges.push(x),
      retry: live ? undefined : { retryDelayInMs: 50, maxRetryDelayInMs: 500 },
      httpClient: tls ? httpClientTrusting(tls) : undefined,
    });
  const client = clientWith(credential);
  const official = officialClients(endpoint, credential, tls);
  const regions = await chooseRegions(client, subscriptionId, process.env.ARM_LIVE_LOCATION || 'eastus');
  const created: { subscriptionId: string; name: string }[] = [];

  return {
    live,
    endpoint,
    controlEndpoint,
    tls,
    credential,
    client,
    exchanges,
    subscriptionId,
    otherSubscriptionId,
    ...regions,
    operationTimeoutMs: live ? 45 * 60_000 : 25_000,
    pollIntervalMs: live ? 15_000 : 100,
    clientWith,
    resourceClient: (sub = subscriptionId) => official.resources(sub),
    subscriptionClient: () => official.subscriptions(),
    async newResourceGroup(sub = subscriptionId) {
      const name = uniqueName('ct-rg-');
      await createOrUpdateResourceGroup(client, sub, name, { location: regions.location, tags: { purpose: 'registry-hub-contract-test' } });
      created.push({ subscriptionId: sub, name });
      return name;
    },
    async close() {
      // Deletion is started, not awaited: on Azure it takes minutes; the emulator is discarded anyway.
      if (live) await Promise.allSettled(created.map((rg) => beginDeleteResourceGroup(client, rg.subscriptionId, rg.name)));
      await local?.close();
    },
  };
}

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`ARM_LIVE=1 needs ${name}`);
  return value;
}
