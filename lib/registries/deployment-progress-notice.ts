// A deployment as one line of the notifications panel, from a resource group's deployment list (one ARM read
// per group, no operations): its state, when it started and ended, and the registry it created.
import type { WireDeployment } from '@/lib/arm/wire-types';
import { parseArmId } from './arm-id';
import { deploymentProgressPath } from './deployment-name';
import { deploymentStateOf, isTerminalDeployment, startOf, type DeploymentRef, type DeploymentState } from './deployment-progress';
import { registryPagePath } from './registry-row';
import { REGISTRY_RESOURCE_TYPE_LOWER as REGISTRY_TYPE } from '@/lib/arm-facts/resource-types';

/** One entry of the notifications panel. */
export interface DeploymentNotice {
  ref: DeploymentRef;
  state: DeploymentState;
  startedAt: string | null;
  /** When it ended (ARM's timestamp of a terminal deployment); null while running. */
  endedAt: string | null;
  /** The deployment's progress page. */
  path: string;
  /** The registry it created (from outputResources, which ARM fills on success), with its page. */
  registry: { name: string; path: string } | null;
}

/** The notice of a deployment from ARM; null when its id cannot be read. */
export function deploymentNoticeOf(wire: WireDeployment): DeploymentNotice | null {
  const id = parseArmId(wire.id);
  if (!id?.resourceGroup || !wire.name) return null;
  const ref = { subscriptionId: id.subscriptionId, resourceGroup: id.resourceGroup, name: wire.name };
  const props = wire.properties ?? {};
  const state = deploymentStateOf(props.provisioningState);
  const registryId = props.outputResources?.map((r) => parseArmId(r.id)).find((p) => p?.resourceType?.toLowerCase() === REGISTRY_TYPE);
  return {
    ref,
    state,
    startedAt: startOf(props.timestamp, props.duration),
    endedAt: isTerminalDeployment(state) ? (props.timestamp ?? null) : null,
    path: deploymentProgressPath(ref.subscriptionId, ref.resourceGroup, ref.name),
    registry:
      registryId?.resourceGroup && registryId.name
        ? { name: registryId.name, path: registryPagePath({ subscriptionId: registryId.subscriptionId, resourceGroup: registryId.resourceGroup, name: registryId.name }) }
        : null,
  };
}

/** Newest first (by start time), unknown starts last. */
export function compareNoticesNewestFirst(a: DeploymentNotice, b: DeploymentNotice): number {
  return (b.startedAt ?? '').localeCompare(a.startedAt ?? '');
}

/** What the notices API answers. */
export type DeploymentNoticesResult = { ok: true; items: DeploymentNotice[]; retryAfterSeconds: number | null } | { ok: false; code: string; message: string };
