// ARM errors in plain words, one wording per case for the whole console. ARM's own message is quoted, never
// replaced: it names the operation and often the fix.
import type { ArmErrorView } from '@/lib/registries/arm-error-view';
import { plainAuthorizationMessage } from '@/lib/session/rbac/missing-permission';

/** What a person reads for an ARM error. */
export function plainWordsFor(error: ArmErrorView): string {
  switch (error.status === 409 ? 'Conflict' : error.code) {
    case 'Conflict':
      return `Azure refused the change because another operation is still running on this registry. ` +
        `Wait for it to finish, then try again. Azure said: ${error.message}`;
    case 'AuthorizationFailed':
    case 'LinkedAuthorizationFailed':
      // The one wording of a 403: the action refused, on what, and which roles grant it.
      return plainAuthorizationMessage(error.code, error.message);
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
