// What the registry page's server actions return (house style: `{ ok: true, data } | { ok: false, … }`),
// and ARM failures said in plain words. ARM's own code and message are kept beside the words, so support
// still gets the exact error and its ids (arm-contract §4).
import type { ArmErrorView } from '@/lib/registries/arm-error-view';

/** A refused or failed action: plain words first, then ARM's details when ARM answered. */
export interface ActionFailure {
  ok: false;
  /** What happened, in plain words. */
  message: string;
  /** ARM's error (code, message, ids), when the failure came from ARM. */
  arm?: ArmErrorView;
  /** Field errors keyed by form path ("tags.2.name"), for the form to show. */
  fieldErrors?: Record<string, string>;
  /** The refusal's code when the console refused before calling ARM (e.g. AuthorizationFailed). */
  code?: string;
}

/** The result of a registry page action. */
export type ActionResult<T> = { ok: true; data: T } | ActionFailure;

/** A long operation an action started: the encoded handle the page polls, and what it is. */
export interface StartedOperation {
  handle: string;
  kind: OperationKind;
  /** The regions added or removed (none for a delete); the URL carries them so a reload shows the same title. */
  regions: string[];
  /** What the banner says while it runs, e.g. "Adding region japaneast". */
  title: string;
  /** Seconds ARM asked the client to wait between polls. */
  retryAfterSeconds: number | null;
}

/** The long operations this page starts. */
export type OperationKind = 'addRegions' | 'removeRegions' | 'delete';

/** ARM's error in plain words; ARM's message is quoted, never replaced (it names the operation and the fix). */
export function plainWordsFor(error: ArmErrorView): string {
  switch (error.status === 409 ? 'Conflict' : error.code) {
    case 'Conflict':
      return `Azure refused the change because another operation is still running on this registry. ` +
        `Wait for it to finish, then try again. Azure said: ${error.message}`;
    case 'AuthorizationFailed':
    case 'LinkedAuthorizationFailed':
      return `You don't have permission to do this. It needs the Contributor or Owner role (or a custom role with ` +
        `Microsoft.MachineLearningServices/registries/write and /delete). Azure said: ${error.message}`;
    case 'ResourceNotFound':
    case 'ResourceGroupNotFound':
      return `The registry no longer exists (it may have been deleted). Azure said: ${error.message}`;
    case 'TooManyRequests':
      return `Azure is throttling requests right now; wait a moment and try again. Azure said: ${error.message}`;
    default:
      return error.status === 0
        ? `Azure Resource Manager could not be reached: ${error.message}`
        : `Azure refused the request (${error.code}): ${error.message}`;
  }
}

/** The failure result for an ARM error. */
export function armFailure(arm: ArmErrorView): ActionFailure {
  return { ok: false, message: plainWordsFor(arm), arm };
}
