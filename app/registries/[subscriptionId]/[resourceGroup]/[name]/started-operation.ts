// A begin call's handle as the page polls it: encoded into a URL-safe string (lib/arm/lro), with the
// Retry-After ARM sent (arm-contract §4).
import 'server-only';
import type { OperationKind, StartedOperation } from '@/components/registry-page/action-result';
import { encodeHandle, type OperationHandle } from '@/lib/arm/lro';

/** What an action returns for an operation it started. */
export function startedOperation(handle: OperationHandle, kind: OperationKind, title: string): StartedOperation {
  return { handle: encodeHandle(handle), kind, title, retryAfterSeconds: handle.retryAfterSeconds ?? null };
}
