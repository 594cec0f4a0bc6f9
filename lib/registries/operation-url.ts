// A running operation kept in the registry page's URL (`?op=<handle>&opKind=addRegions&opRegions=japaneast`),
// so a reload or a shared link resumes polling with the same banner. Everything read here is untrusted: the
// kind and regions are checked against fixed shapes, and the handle is only a string the status route
// validates (decodeHandle) before any ARM call.
import type { OperationKind, StartedOperation } from '@/lib/registries/operation-types';
import { REGION_NAME_PATTERN } from '@/lib/arm-facts/regions';

/** The search parameters that carry an operation. */
export const OPERATION_PARAMS = { handle: 'op', kind: 'opKind', regions: 'opRegions' } as const;

const KINDS: readonly OperationKind[] = ['addRegions', 'removeRegions', 'delete'];
// Region names as ARM spells them (regionNameSchema); a registry has at most a few dozen.
const MAX_REGIONS = 50;
// The status route refuses longer handles (lib/arm/lro MAX_ENCODED_LENGTH); the URL need not carry them.
const MAX_HANDLE_LENGTH = 4096;

/** What the URL says about an operation: nothing, one to follow, or one that cannot be followed (and why). */
export type OperationInUrl = { state: 'none' } | { state: 'follow'; operation: StartedOperation } | { state: 'invalid'; reason: string };

/** The banner title of an operation, the same words the actions use ("Adding region japaneast"). */
export function operationTitle(kind: OperationKind, registryName: string, regions: readonly string[]): string {
  if (kind === 'delete') return `Deleting ${registryName}`;
  const verb = kind === 'addRegions' ? 'Adding' : 'Removing';
  return `${verb} ${regions.length === 1 ? 'region' : 'regions'} ${regions.join(', ')}`;
}

/** Reads the operation the URL carries for the registry `registryName`. */
export function operationFromSearchParams(params: Pick<URLSearchParams, 'get'>, registryName: string): OperationInUrl {
  const handle = params.get(OPERATION_PARAMS.handle);
  if (handle === null) return { state: 'none' };
  if (handle.length === 0 || handle.length > MAX_HANDLE_LENGTH) return { state: 'invalid', reason: 'the operation id in the link is empty or too long' };
  const kind = params.get(OPERATION_PARAMS.kind);
  if (!KINDS.includes(kind as OperationKind)) return { state: 'invalid', reason: 'the link does not say which kind of operation it is' };
  const regions = (params.get(OPERATION_PARAMS.regions) ?? '').split(',').filter((r) => r.length > 0);
  const regionsOk = regions.length <= MAX_REGIONS && regions.every((r) => REGION_NAME_PATTERN.test(r));
  if (!regionsOk || (kind !== 'delete' && regions.length === 0)) return { state: 'invalid', reason: 'the regions in the link are not region names' };
  const k = kind as OperationKind;
  const kept = k === 'delete' ? [] : regions;
  return {
    state: 'follow',
    // ARM's Retry-After is inside the handle and comes back with every poll; the first poll is immediate.
    operation: { handle, kind: k, regions: kept, title: operationTitle(k, registryName, kept), retryAfterSeconds: null },
  };
}

/** `params` with `operation` written into it, or with any operation removed when `operation` is null. */
export function searchWithOperation(params: URLSearchParams, operation: StartedOperation | null): URLSearchParams {
  const next = new URLSearchParams(params.toString());
  for (const name of Object.values(OPERATION_PARAMS)) next.delete(name);
  if (operation) {
    next.set(OPERATION_PARAMS.handle, operation.handle);
    next.set(OPERATION_PARAMS.kind, operation.kind);
    if (operation.regions.length > 0) next.set(OPERATION_PARAMS.regions, operation.regions.join(','));
  }
  return next;
}
