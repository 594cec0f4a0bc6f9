// A deployment's progress as the console shows it (issue 6), mapped purely from ARM: the deployment, its
// operations, the registry it creates and the resources that appear in the registry's managed resource
// group. ARM's deployment operations cover only template resources (the registry), so the storage accounts,
// the container registry and its replications are derived from the registry's regionDetails (what must exist)
// and the managed group's listing (what exists, with its provisioningState) — arm-contract §3 and §5.
import type { ArmErrorBody, WireDeployment, WireDeploymentOperation, WireGenericResourceExpanded, WireRegistry } from '@/lib/arm/wire-types';
import { parseArmId } from './arm-id';
import { explainArmError } from './deployment-progress-explanations';
import { normalizeLocation } from './regions';
import { registryPagePath } from './registry-row';

export type { DeploymentRef, ProgressStatus, DeploymentState, ProgressRow, DeploymentFailure, DeploymentProgressView, ManagedResourceState, DeploymentProgressInput } from './deployment-progress-types';
import type { ProgressStatus, DeploymentState, ProgressRow, DeploymentFailure, DeploymentProgressView, ManagedResourceState, DeploymentProgressInput } from './deployment-progress-types';
import { REGISTRY_RESOURCE_TYPE_LOWER as REGISTRY_TYPE } from '@/lib/arm-facts/resource-types';

const STORAGE_TYPE = 'Microsoft.Storage/storageAccounts';
const ACR_TYPE = 'Microsoft.ContainerRegistry/registries';
const REPLICATION_TYPE = 'Microsoft.ContainerRegistry/registries/replications';
const TYPE_LABELS: Record<string, string> = {
  [REGISTRY_TYPE]: 'Azure Machine Learning registry',
  [STORAGE_TYPE.toLowerCase()]: 'Storage account',
  [ACR_TYPE.toLowerCase()]: 'Container registry',
  [REPLICATION_TYPE.toLowerCase()]: 'Container registry replication',
};
const HEADLINES: Record<DeploymentState, string> = {
  running: 'Deployment is in progress',
  succeeded: 'Your deployment is complete',
  failed: 'Deployment failed',
  canceled: 'Deployment was canceled',
};
const STATUS_TEXT: Record<ProgressStatus, string> = {
  waiting: 'Waiting',
  running: 'In progress',
  succeeded: 'Succeeded',
  failed: 'Failed',
  canceled: 'Canceled',
  notCreated: 'Not created',
  unfinished: 'Unfinished when the deployment ended',
};

/** ARM's provisioningState as a row status; absent means Succeeded (arm-contract §4), anything else is running. */
export function statusOfState(state: string | null | undefined): ProgressStatus {
  switch ((state ?? 'Succeeded').toLowerCase()) {
    case 'succeeded':
      return 'succeeded';
    case 'failed':
      return 'failed';
    case 'canceled':
    case 'cancelled':
      return 'canceled';
    default:
      return 'running';
  }
}

/** The deployment's state from its provisioningState (Accepted, Running… are in progress). */
export function deploymentStateOf(provisioningState: string | undefined): DeploymentState {
  const status = statusOfState(provisioningState ?? 'Accepted');
  return status === 'succeeded' || status === 'failed' || status === 'canceled' ? status : 'running';
}

/** True once the deployment can no longer change (polling stops). */
export function isTerminalDeployment(state: DeploymentState): boolean {
  return state !== 'running';
}

/** Milliseconds of an ISO 8601 duration as ARM writes it ("PT1M3.2S", "P1DT2H"); null when unparsable. */
export function parseIsoDuration(value: string | null | undefined): number | null {
  const match = value ? /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(value) : null;
  if (!match || value === 'P' || value === 'PT') return null;
  const [d, h, m, s] = match.slice(1).map((part) => Number(part ?? 0));
  return Math.round((((d * 24 + h) * 60 + m) * 60 + s) * 1000);
}

/** Start of a deployment or operation: ARM's `timestamp` is its last update, `duration` the time since start. */
export function startOf(timestamp: string | undefined, duration: string | undefined): string | null {
  const at = timestamp ? Date.parse(timestamp) : NaN;
  if (Number.isNaN(at)) return null;
  return new Date(at - (parseIsoDuration(duration) ?? 0)).toISOString();
}

/** A managed resource from `GET …/resources` (`$expand=provisioningState,createdTime,changedTime`) or from its own GET. */
export function managedResourceStateOf(wire: WireGenericResourceExpanded): ManagedResourceState {
  const props = (wire.properties ?? {}) as { provisioningState?: string; creationTime?: string; creationDate?: string };
  return {
    id: wire.id,
    name: wire.name,
    type: wire.type,
    location: wire.location ? normalizeLocation(wire.location) : null,
    provisioningState: wire.provisioningState ?? props.provisioningState ?? null,
    createdAt: wire.createdTime ?? wire.systemData?.createdAt ?? props.creationTime ?? props.creationDate ?? null,
    changedAt: wire.changedTime ?? wire.systemData?.lastModifiedAt ?? null,
  };
}

const sameId = (a: string | null | undefined, b: string | null | undefined) => !!a && !!b && a.toLowerCase() === b.toLowerCase();

/** The registry a deployment creates: from its operations' target resources, else its outputResources. */
export function deploymentRegistryId(deployment: WireDeployment, operations: readonly WireDeploymentOperation[]): string | null {
  const target = operations.map((op) => op.properties?.targetResource).find((t) => t?.resourceType?.toLowerCase() === REGISTRY_TYPE);
  if (target?.id) return target.id;
  return deployment.properties?.outputResources?.map((r) => r.id).find((id) => parseArmId(id)?.resourceType?.toLowerCase() === REGISTRY_TYPE) ?? null;
}

/** Every error in an ARM error tree, outermost first. */
function flatten(error: ArmErrorBody | undefined): ArmErrorBody[] {
  return error ? [error, ...(error.details ?? []).flatMap(flatten)] : [];
}

interface RowContext {
  terminal: DeploymentState | null;
  errors: ArmErrorBody[];
  regionLabel: (region: string | null) => string | null;
  operationStart: string | null;
}

function typeLabel(type: string): string {
  return TYPE_LABELS[type.toLowerCase()] ?? type;
}

function operationRow(op: WireDeploymentOperation): ProgressRow | null {
  const p = op.properties;
  const target = p?.targetResource;
  if (!p || !target?.resourceType) return null;
  const status = statusOfState(p.provisioningState);
  const error = p.statusMessage?.error;
  const finished = status !== 'running';
  return {
    key: `op:${op.operationId ?? target.id}`,
    name: target.resourceName ?? null,
    resourceId: target.id ?? null,
    resourceType: target.resourceType,
    typeLabel: typeLabel(target.resourceType),
    region: null,
    regionLabel: null,
    status,
    statusText: STATUS_TEXT[status],
    startedAt: startOf(p.timestamp, p.duration),
    durationMs: finished ? parseIsoDuration(p.duration) : null,
    statusCode: p.statusCode ?? p.provisioningState ?? null,
    statusMessage: error ? `${error.code}: ${error.message}` : (p.statusMessage?.status ?? null),
  };
}

function managedRow(key: string, type: string, region: string | null, resource: ManagedResourceState | undefined, ctx: RowContext): ProgressRow {
  const error = resource && ctx.errors.find((e) => sameId(e.target, resource.id));
  let status: ProgressStatus = resource ? statusOfState(resource.provisioningState ?? 'Creating') : 'waiting';
  if (error) status = 'failed';
  if (status === 'waiting' && ctx.terminal) status = 'notCreated';
  if (status === 'running' && ctx.terminal) status = ctx.terminal === 'canceled' ? 'canceled' : 'unfinished';
  const startedAt = resource ? (resource.createdAt ?? ctx.operationStart) : null;
  const finished = status === 'succeeded' || status === 'failed';
  const end = finished && resource?.changedAt ? Date.parse(resource.changedAt) : NaN;
  return {
    key,
    name: resource?.name ?? null,
    resourceId: resource?.id ?? null,
    resourceType: resource?.type ?? type,
    typeLabel: typeLabel(type),
    region,
    regionLabel: ctx.regionLabel(region),
    status,
    statusText: STATUS_TEXT[status],
    startedAt,
    durationMs: startedAt && !Number.isNaN(end) ? Math.max(0, end - Date.parse(startedAt)) : null,
    statusCode: error ? error.code : (resource?.provisioningState ?? null),
    statusMessage: error ? error.message : null,
  };
}

// Takes the resource for one expected slot: the id regionDetails names first, then one not yet taken, newest first.
function claim(pool: ManagedResourceState[], type: string, region: string | null, knownId?: string): ManagedResourceState | undefined {
  const fits = (r: ManagedResourceState) => r.type.toLowerCase() === type.toLowerCase() && (region === null || r.location === region);
  const index = knownId ? pool.findIndex((r) => sameId(r.id, knownId)) : -1;
  const at = index >= 0 ? index : pool.findIndex(fits);
  return at >= 0 ? pool.splice(at, 1)[0] : undefined;
}

function managedRows(registry: WireRegistry, resources: readonly ManagedResourceState[], ctx: RowContext): ProgressRow[] {
  const pool = [...resources].sort((a, b) => (b.createdAt ?? '').localeCompare(a.createdAt ?? ''));
  const primary = normalizeLocation(registry.location);
  const regions = registry.properties?.regionDetails ?? [];
  const rows: ProgressRow[] = [];
  for (const details of regions) {
    const region = normalizeLocation(details.location ?? primary);
    (details.storageAccountDetails ?? [{}]).forEach((entry, i) => {
      const id = entry.systemCreatedStorageAccount?.armResourceId?.resourceId;
      rows.push(managedRow(`storage:${region}:${i}`, STORAGE_TYPE, region, claim(pool, STORAGE_TYPE, region, id), ctx));
    });
  }
  const acrId = regions.flatMap((d) => d.acrDetails ?? []).map((a) => a.systemCreatedAcrAccount?.armResourceId?.resourceId).find(Boolean);
  rows.push(managedRow('acr', ACR_TYPE, primary, claim(pool, ACR_TYPE, null, acrId), ctx));
  for (const details of regions) {
    const region = normalizeLocation(details.location ?? primary);
    if (region !== primary) rows.push(managedRow(`replication:${region}`, REPLICATION_TYPE, region, claim(pool, REPLICATION_TYPE, region), ctx));
  }
  // Anything else the service created in the managed group is provisioned for the registry too.
  for (const extra of pool) rows.push(managedRow(`extra:${extra.id.toLowerCase()}`, extra.type, extra.location, extra, ctx));
  return rows;
}

function failuresOf(deployment: WireDeployment, operations: readonly WireDeploymentOperation[]): DeploymentFailure[] {
  const failed = operations.filter((op) => statusOfState(op.properties?.provisioningState) === 'failed' && op.properties?.statusMessage?.error);
  const failures = failed.map((op) => {
    const error = op.properties!.statusMessage!.error!;
    const target = op.properties?.targetResource;
    return { resourceName: target?.resourceName ?? null, resourceType: target?.resourceType ?? null, error, explanation: explainArmError(error) };
  });
  const outer = deployment.properties?.error;
  if (failures.length === 0 && outer) return [{ resourceName: null, resourceType: null, error: outer, explanation: explainArmError(outer) }];
  return failures;
}

/** The progress page's view of one deployment. */
export function deploymentProgressView(input: DeploymentProgressInput): DeploymentProgressView {
  const { deployment, operations, registry, ref } = input;
  const props = deployment.properties ?? {};
  const state = deploymentStateOf(props.provisioningState);
  const startedAt = startOf(props.timestamp, props.duration);
  const registryId = deploymentRegistryId(deployment, operations) ?? registry?.id ?? null;
  const registryOp = operations.find((op) => sameId(op.properties?.targetResource?.id, registryId));
  const ctx: RowContext = {
    terminal: isTerminalDeployment(state) ? state : null,
    errors: [props.error, ...operations.map((op) => op.properties?.statusMessage?.error)].flatMap((e) => flatten(e ?? undefined)),
    regionLabel: (region) => (region ? (input.locationNames?.get(region) ?? region) : null),
    operationStart: registryOp ? startOf(registryOp.properties?.timestamp, registryOp.properties?.duration) : startedAt,
  };
  const rows = operations.flatMap((op) => operationRow(op) ?? []);
  const registryRow = rows.find((row) => sameId(row.resourceId, registryId));
  if (registryRow && registry) {
    registryRow.region = normalizeLocation(registry.location);
    registryRow.regionLabel = ctx.regionLabel(registryRow.region);
  }
  if (registry) rows.push(...managedRows(registry, input.managedResources, ctx));
  const parsed = parseArmId(registryId);
  const registryRef =
    parsed?.resourceGroup && parsed.name ? { subscriptionId: parsed.subscriptionId, resourceGroup: parsed.resourceGroup, name: parsed.name } : null;
  return {
    ref,
    id: deployment.id ?? '',
    state,
    provisioningState: props.provisioningState ?? 'Accepted',
    headline: HEADLINES[state],
    subscriptionName: input.subscriptionName ?? null,
    startedAt,
    durationMs: isTerminalDeployment(state) ? parseIsoDuration(props.duration) : null,
    correlationId: props.correlationId ?? null,
    done: rows.filter((row) => row.status !== 'running' && row.status !== 'waiting').length,
    total: rows.length,
    rows,
    failures: state === 'failed' ? failuresOf(deployment, operations) : [],
    registry: registryRef ? { ...registryRef, path: registryPagePath(registryRef) } : null,
  };
}
