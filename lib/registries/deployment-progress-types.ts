// The view types of a deployment's progress page (issue 6): what deploymentProgressView (deployment-progress.ts)
// produces from ARM's deployment, its operations, the registry and its managed resources.
import type { ArmErrorBody, WireDeployment, WireDeploymentOperation, WireRegistry } from '@/lib/arm/wire-types';
import type { ArmErrorView } from './arm-error-view';
import type { LocationNames } from './registry-row';

/** Which deployment: the three parts of its URL. */
export interface DeploymentRef {
  subscriptionId: string;
  resourceGroup: string;
  name: string;
}

/**
 * One row's state. `notCreated`: the ended deployment never created it; `unfinished`: still provisioning
 * when the deployment ended (the page stops polling then, so it must not look live).
 */
export type ProgressStatus = 'waiting' | 'running' | 'succeeded' | 'failed' | 'canceled' | 'notCreated' | 'unfinished';
/** The deployment's overall state. */
export type DeploymentState = 'running' | 'succeeded' | 'failed' | 'canceled';

/** One resource being provisioned. */
export interface ProgressRow {
  key: string;
  /** The resource's name once ARM knows it; null while it does not exist yet. */
  name: string | null;
  resourceId: string | null;
  resourceType: string;
  /** "Storage account", "Container registry"… */
  typeLabel: string;
  region: string | null;
  regionLabel: string | null;
  status: ProgressStatus;
  statusText: string;
  startedAt: string | null;
  /** Known only when ARM reports when the resource finished. */
  durationMs: number | null;
  /** Operation details: ARM's status code (or provisioningState) and message. */
  statusCode: string | null;
  statusMessage: string | null;
}

/** A failed operation's ARM error plus what it means in plain words. */
export interface DeploymentFailure {
  resourceName: string | null;
  resourceType: string | null;
  error: ArmErrorBody;
  explanation: string | null;
}

/** The whole progress page. */
export interface DeploymentProgressView {
  ref: DeploymentRef;
  id: string;
  state: DeploymentState;
  provisioningState: string;
  headline: string;
  subscriptionName: string | null;
  startedAt: string | null;
  /** Set once the deployment is terminal; while running the page ticks from startedAt. */
  durationMs: number | null;
  correlationId: string | null;
  done: number;
  total: number;
  rows: ProgressRow[];
  failures: DeploymentFailure[];
  /** The registry the deployment creates, with its page path. */
  registry: (DeploymentRef & { path: string }) | null;
}

/** A resource of the managed group with the fields progress needs. */
export interface ManagedResourceState {
  id: string;
  name: string;
  type: string;
  location: string | null;
  provisioningState: string | null;
  createdAt: string | null;
  changedAt: string | null;
}

/** What deploymentProgressView reads. */
export interface DeploymentProgressInput {
  ref: DeploymentRef;
  deployment: WireDeployment;
  operations: readonly WireDeploymentOperation[];
  registry: WireRegistry | null;
  managedResources: readonly ManagedResourceState[];
  subscriptionName?: string | null;
  locationNames?: LocationNames;
}

/** What the polling API answers: the view plus ARM's Retry-After, or the ARM error that prevented reading it. */
export type DeploymentProgressResult =
  | { ok: true; view: DeploymentProgressView; retryAfterSeconds: number | null }
  | ({ ok: false; notFound: boolean; retryAfterSeconds?: number } & ArmErrorView);
