// A begin call's handle as the page polls it: encoded into a URL-safe string (lib/arm/lro), with the
// Retry-After ARM sent (arm-contract §4).
import 'server-only';
import type { OperationKind, StartedOperation } from '@/lib/registries/operation-types';
import { operationTitle } from '@/lib/registries/operation-url';
import { encodeHandle, type OperationHandle } from '@/lib/arm/lro';

/** What an action returns for an operation it started on `registryName` (regions: those added or removed). */
export function startedOperation(handle: OperationHandle, kind: OperationKind, registryName: string, regions: string[] = []): StartedOperation {
  const title = operationTitle(kind, registryName, regions);
  return { handle: encodeHandle(handle), kind, regions, title, retryAfterSeconds: handle.retryAfterSeconds ?? null };
}
