// ARM errors in plain words, one wording per case for the whole console. ARM's own message is quoted, never
// replaced: it names the operation and often the fix.
import type { ArmErrorView } from '@/lib/registries/arm-error-view';
import { plainAuthorizationMessage } from '@/lib/session/rbac/missing-permission';

const BUDGET_THROTTLED = 'Azure is throttling requests; retrying in';
const NO_ANSWER = 'Azure Resource Manager';

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
      // A page's time budget (lib/arm/deadline.ts) already said it in full, with the seconds left.
      if (error.message.startsWith(BUDGET_THROTTLED)) return error.message;
      return `Azure is throttling requests right now; wait a moment and try again. Azure said: ${error.message}`;
    case 'ConsoleBusy':
      // The budget ran out before ARM was asked in time (lib/arm/deadline.ts): the console's own words.
      return error.message;
    default:
      // No answer arrived: lib/arm/errors.ts and deadline.ts word those themselves, naming ARM already.
      if (error.status === 0 && error.message.startsWith(NO_ANSWER)) return error.message;
      return error.status === 0
        ? `${NO_ANSWER} could not be reached: ${error.message}`
        : `Azure refused the request (${error.code}): ${error.message}`;
  }
}
