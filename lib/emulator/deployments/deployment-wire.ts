// Deployments and their operations as ARM returns them (arm-contract.md §3 "Deployments"). `timestamp`
// is the time the state was last observed (the end time once terminal) and `duration` the ISO 8601 span
// from the start to it, so a client gets the start time as timestamp − duration.
import type { DeploymentOperationRecord, DeploymentRecord } from '../store/deployments';

/** An ISO 8601 duration as ARM writes it: "PT1M3.2S", "PT0S". */
export function isoDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms));
  const hours = Math.floor(total / 3_600_000);
  const minutes = Math.floor((total % 3_600_000) / 60_000);
  const seconds = (total % 60_000) / 1000;
  const parts = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds || (!hours && !minutes) ? `${seconds}S` : ''}`;
  return `PT${parts}`;
}

const iso = (ms: number) => new Date(ms).toISOString();
const target = (o: DeploymentOperationRecord) => ({ id: o.resourceId, resourceType: o.resourceType, resourceName: o.resourceName });

function providers(ops: DeploymentOperationRecord[]) {
  const byNamespace = new Map<string, Map<string, Set<string>>>();
  for (const o of ops) {
    const [namespace, ...type] = o.resourceType.split('/');
    const types = byNamespace.get(namespace) ?? new Map<string, Set<string>>();
    const locations = types.get(type.join('/')) ?? new Set<string>();
    if (typeof o.body.location === 'string') locations.add(o.body.location);
    types.set(type.join('/'), locations);
    byNamespace.set(namespace, types);
  }
  return [...byNamespace].map(([namespace, types]) => ({
    namespace,
    resourceTypes: [...types].map(([resourceType, locations]) => ({ resourceType, locations: [...locations] })),
  }));
}

/** The deployment's ARM JSON; `stateOverride` lets the PUT answer say Accepted. */
export function toWireDeployment(d: DeploymentRecord, ops: DeploymentOperationRecord[], now: number, stateOverride?: string): Record<string, unknown> {
  const asOf = d.endedAt ?? Math.max(now, d.startedAt);
  const bySeq = new Map(ops.map((o) => [o.seq, o]));
  const properties: Record<string, unknown> = {
    templateHash: d.templateHash,
    parameters: d.parameters,
    mode: d.mode,
    provisioningState: stateOverride ?? d.state,
    timestamp: iso(asOf),
    duration: isoDuration(asOf - d.startedAt),
    correlationId: d.correlationId,
    providers: providers(ops),
    dependencies: ops
      .filter((o) => o.dependsOn.length)
      .map((o) => ({ ...target(o), dependsOn: o.dependsOn.map((seq) => target(bySeq.get(seq)!)) })),
    outputResources: ops.filter((o) => o.state === 'Succeeded').map((o) => ({ id: o.resourceId })),
  };
  if (d.state === 'Succeeded') properties.outputs = d.outputs;
  if (d.error) properties.error = d.error;
  return { id: d.id, name: d.name, type: 'Microsoft.Resources/deployments', tags: d.tags, properties };
}

/** One deployment operation's ARM JSON (operations not yet started are not listed, as in ARM). */
export function toWireDeploymentOperation(d: DeploymentRecord, o: DeploymentOperationRecord, now: number): Record<string, unknown> {
  const started = o.startedAt ?? d.startedAt;
  const asOf = o.endedAt ?? Math.max(now, started);
  const statusMessage: Record<string, unknown> = { status: o.state };
  if (o.error) statusMessage.error = o.error;
  return {
    id: `${d.id}/operations/${o.operationId}`,
    operationId: o.operationId,
    properties: {
      provisioningOperation: 'Create',
      provisioningState: o.state,
      timestamp: iso(asOf),
      duration: isoDuration(asOf - started),
      trackingId: o.trackingId,
      serviceRequestId: o.serviceRequestId,
      statusCode: o.statusCode,
      statusMessage,
      targetResource: { ...target(o), apiVersion: o.apiVersion },
    },
  };
}
