// Shared shapes of the emulator: the running instance (`Emulator`), the authenticated caller, the
// context a resource-provider operation runs in (`RpContext`, callable without HTTP), and the result
// every handler and RP operation returns.
import type { Db } from './store/db';

/** Settings of a running emulator. */
export interface EmulatorConfig {
  /** Multiplies every provisioning delay (0.01 = 100× faster). */
  timeScale: number;
  /** Page size of every list operation (`nextLink` paging). */
  pageSize: number;
  /** The local CA certificate (PEM) behind the TLS listener, served at /_emulator/ca.pem. */
  caPem: string;
  /** Who a managed-identity token is for when the request names no identity (ARM_EMULATOR_PRINCIPAL). */
  managedIdentity: string;
}

/** A child resource provisioning is about to create; fault hooks may decide it fails. */
export interface ProvisioningChild {
  subscriptionId: string;
  resourceGroup: string;
  registryName: string;
  /** ARM type, e.g. Microsoft.Storage/storageAccounts or Microsoft.ContainerRegistry/registries/replications. */
  resourceType: string;
  resourceName: string;
  region: string;
}

/** The error a failing child resource ends with (and its registry operation reports). */
export interface ProvisioningFault {
  code: string;
  message: string;
}

/** Hook consulted for every child resource when provisioning is planned: return a fault to make it fail. */
export type ProvisioningFaultHook = (child: ProvisioningChild) => ProvisioningFault | undefined;

/** A registry operation about to start; delay hooks may stretch it. */
export interface PlannedOperation {
  kind: 'create' | 'update' | 'delete' | 'removeRegions' | 'deleteResourceGroup';
  /** The registry's (or resource group's) ARM id. */
  resourceId: string;
}

/** Hook consulted when an operation starts: returns the extra milliseconds (unscaled) before it ends. */
export type OperationDelayHook = (op: PlannedOperation) => number;

/** One running emulator: its database, settings, clock and extension hooks. */
export interface Emulator {
  db: Db;
  config: EmulatorConfig;
  /** Current time in ms (injectable for tests). */
  clock: () => number;
  /** Provisioning fault hooks (the fault-injection module registers one). */
  provisioningFaultHooks: ProvisioningFaultHook[];
  /** Operation delay hooks (the fault-injection module registers one). */
  operationDelayHooks: OperationDelayHook[];
  /** The emulator's own base URL once it listens. */
  url?: string;
  /** The TLS listener's base URL once it listens (registries' discoveryUrl points here: clients reach it over https). */
  httpsUrl?: string;
}

/** The authenticated principal of an ARM request (claims of its token). */
export interface Caller {
  oid: string;
  upn: string;
  name: string;
  tid: string;
}

/** What a resource-provider operation needs; built from an HTTP request or by a deployment engine. */
export interface RpContext {
  emulator: Emulator;
  caller: Caller;
  /** Absolute base URL for Location / Azure-AsyncOperation headers and nextLinks, no trailing slash. */
  baseUrl: string;
  apiVersion: string;
  /** The request's time in ms: every timestamp an operation stores derives from it. */
  now: number;
}

/** An HTTP-shaped result: handlers and RP operations both return it. */
export interface OperationResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}
