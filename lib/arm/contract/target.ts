// Where contract tests run. By default: an emulator started in-process (fresh :memory: database, delays scaled by 0.01)
// acting as the seeded Owner. With ARM_LIVE=1: real ARM from the environment, so the Azure-meaningful specs
// run unchanged against Azure. Specs get clients, ids and regions from here and never hard-code them.
//
// Live variables: ARM_ENDPOINT (default https://management.azure.com), ARM_LIVE_SUBSCRIPTION_ID (required),
// ARM_LIVE_OTHER_SUBSCRIPTION_ID (default: the same one), ARM_LIVE_LOCATION (default eastus),
// Azure credentials as DefaultAzureCredential reads them (az login, AZURE_* variables, managed identity).
import { randomBytes } from 'node:crypto';
import type { AccessToken, TokenCredential } from '@azure/core-auth';
import { DefaultAzureCredential } from '@azure/identity';
import { ResourceManagementClient } from '@azure/arm-resources';
import { SubscriptionClient } from '@azure/arm-resources-subscriptions';
import { startEmulator } from '@/lib/emulator/server';
import { SEED_PRINCIPALS } from '@/lib/emulator/seed/principals';
import { SEED_SUBSCRIPTIONS } from '@/lib/emulator/seed/subscriptions';
import { createArmClient, type ArmClient, type ArmExchange } from '../client';
import { EmulatorCredential } from '../emulator-credential';
import { allowLoopbackHttp } from '../loopback';
import { getProvider, ML_PROVIDER_NAMESPACE } from '../providers';
import { listLocations } from '../locations';
import { beginDeleteResourceGroup, createOrUpdateResourceGroup } from '../resource-groups';

/** Everything a contract spec needs about the ARM it runs against. */
export interface ContractTarget {
  live: boolean;
  endpoint: string;
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
  /** Official @azure/arm-resources client on this target (bearer policy swapped for loopback http). */
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

/** A unique, valid name for test data (registries: 3–32 chars, alphanumeric first). */
export function uniqueName(prefix = 'ct'): string {
  return `${prefix}${randomBytes(5).toString('hex')}`;
}

/** A credential that yields no token at all: requests go out without Authorization. */
export const noTokenCredential: TokenCredential = { getToken: async (): Promise<AccessToken | null> => null };

/** Official clients on any endpoint, with the loopback bearer swap lib/arm uses. */
export function officialClients(endpoint: string, credential: TokenCredential) {
  const options = { endpoint, $host: endpoint, allowInsecureConnection: new URL(endpoint).protocol === 'http:' };
  const scopes = [`${endpoint}/.default`];
  return {
    resources(subscriptionId: string): ResourceManagementClient {
      const client = new ResourceManagementClient(credential, subscriptionId, options);
      allowLoopbackHttp(client.pipeline, credential, scopes);
      return client;
    },
    subscriptions(): SubscriptionClient {
      const client = new SubscriptionClient(credential, options);
      allowLoopbackHttp(client.pipeline, credential, scopes);
      return client;
    },
  };
}

/** A running in-process emulator (emulator-only specs use this directly, e.g. to restart it). */
export interface LocalEmulator {
  endpoint: string;
  port: number;
  close(): Promise<void>;
}

/** Starts the emulator in-process: fresh :memory: database and delays scaled by 0.01 unless told otherwise. */
export async function startLocalEmulator(opts: { dbPath?: string; timeScale?: number; port?: number } = {}): Promise<LocalEmulator> {
  const emulator = await startEmulator({ port: opts.port ?? 0, dbPath: opts.dbPath ?? ':memory:', timeScale: opts.timeScale ?? 0.01, quiet: true });
  const endpoint = new URL(emulator.url).origin;
  return { endpoint, port: Number(new URL(endpoint).port), close: () => emulator.close() };
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
  const endpoint = local?.endpoint ?? new URL(process.env.ARM_ENDPOINT || 'https://management.azure.com').origin;
  const credential: TokenCredential = live ? new DefaultAzureCredential() : new EmulatorCredential(endpoint, SEED_PRINCIPALS.owner.userPrincipalName);
  const subscriptionId = live ? requiredEnv('ARM_LIVE_SUBSCRIPTION_ID') : SEED_SUBSCRIPTIONS.production.id;
  const otherSubscriptionId = live ? process.env.ARM_LIVE_OTHER_SUBSCRIPTION_ID || subscriptionId : SEED_SUBSCRIPTIONS.development.id;
  const exchanges: ArmExchange[] = [];
  const clientWith = (cred: TokenCredential) =>
    createArmClient({ endpoint, credential: cred, onResponse: (x) => exchanges.push(x), retry: live ? undefined : { retryDelayInMs: 50, maxRetryDelayInMs: 500 } });
  const client = clientWith(credential);
  const official = officialClients(endpoint, credential);
  const regions = await chooseRegions(client, subscriptionId, process.env.ARM_LIVE_LOCATION || 'eastus');
  const created: { subscriptionId: string; name: string }[] = [];

  return {
    live,
    endpoint,
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
