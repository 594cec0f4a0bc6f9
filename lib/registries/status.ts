// A registry's status: its own provisioningState where ARM reports one (the emulator does; Azure's 2025-09
// registries have none, ARM contract §1), else the latest template deployment that touched the registry.

/** What the list and the registry page show. */
export type RegistryStatus = 'Creating' | 'Updating' | 'Deleting' | 'Failed' | 'Ready' | 'Unknown';

/** What an operation did to the registry. */
export type RegistryActivityKind = 'create' | 'update' | 'delete';

/**
 * One operation or deployment on the registry. `status` is an operation-status `status` or a deployment's
 * `provisioningState`, as ARM wrote it; `startedAt` is an ISO time that orders activities.
 */
export interface RegistryActivity {
  kind: RegistryActivityKind;
  status: string;
  startedAt?: string;
}

const TERMINAL = new Set(['succeeded', 'failed', 'canceled']);
const RUNNING_STATUS: Record<RegistryActivityKind, RegistryStatus> = {
  create: 'Creating',
  update: 'Updating',
  delete: 'Deleting',
};

/** ARM's terminal statuses are Succeeded, Failed and Canceled; anything else is still running (ARM contract §4). */
export function isTerminalStatus(status: string): boolean {
  return TERMINAL.has(status.toLowerCase());
}

/**
 * The status from the registry's activities. A running one wins (the latest, if several); otherwise the
 * latest finished one decides: Failed or Canceled → Failed, Succeeded → Ready. No activity → Ready.
 */
export function deriveRegistryStatus(activities: readonly RegistryActivity[]): RegistryStatus {
  const latestFirst = [...activities].sort((a, b) => (b.startedAt ?? '').localeCompare(a.startedAt ?? ''));
  const running = latestFirst.find((a) => !isTerminalStatus(a.status));
  if (running) return RUNNING_STATUS[running.kind];
  const latest = latestFirst[0];
  if (!latest) return 'Ready';
  return latest.status.toLowerCase() === 'succeeded' ? 'Ready' : 'Failed';
}

const OWN_STATE: Record<string, RegistryStatus> = {
  creating: 'Creating',
  accepted: 'Creating',
  updating: 'Updating',
  deleting: 'Deleting',
  succeeded: 'Ready',
  failed: 'Failed',
  canceled: 'Failed',
};

/**
 * The status from the registry's own provisioningState (null when ARM reports none) and its deployments.
 * A running own state wins; a running deployment wins over a finished own state (it is newer); otherwise
 * the own state decides, and without one the deployments do. `deploymentsRead` false: the history could not
 * be read, so without an own state the answer is Unknown, never Ready.
 */
export function registryStatusFrom(ownState: string | null, activities: readonly RegistryActivity[], deploymentsRead: boolean): RegistryStatus {
  const own = ownState ? (OWN_STATE[ownState.toLowerCase()] ?? 'Updating') : null;
  if (own && own !== 'Ready' && own !== 'Failed') return own;
  const fromDeployments = deploymentsRead ? deriveRegistryStatus(activities) : null;
  if (fromDeployments && ['Creating', 'Updating', 'Deleting'].includes(fromDeployments)) return fromDeployments;
  return own ?? fromDeployments ?? 'Unknown';
}
