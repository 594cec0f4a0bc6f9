// Plain-words explanations of the ARM error codes that most often end a registry deployment (issue 6). ARM's
// codes are invariant and its messages localized (arm-contract §4), so the match is on the code — except
// quota, which RPs report under several codes (QuotaExceeded, or OperationNotAllowed with quota text).
import type { ArmErrorBody } from '@/lib/arm/wire-types';

/** Explanation per ARM error code. */
export const ERROR_EXPLANATIONS: Readonly<Record<string, string>> = {
  MissingSubscriptionRegistration:
    'The subscription is not registered for a resource provider the registry needs (the message names it). ' +
    'A subscription Owner or Contributor can register it under Subscription › Resource providers, or with ' +
    '`az provider register --namespace <name>`. Then redeploy.',
  RequestDisallowedByPolicy:
    'An Azure Policy assignment on this subscription or resource group forbids this resource, for example by ' +
    'restricting regions, SKUs or required tags. The message names the policy: change the registry to comply ' +
    'or ask the policy owner for an exemption, then redeploy.',
  AuthorizationFailed:
    'Your account is not allowed to perform one of the actions the deployment needs (the message names the ' +
    'action and scope). Ask an Owner or User Access Administrator for Contributor on the resource group, then redeploy.',
  Conflict:
    'Another operation was still running on the same resource, or the resource is in a state that does not ' +
    'allow this change. Wait until the other operation finishes, then redeploy.',
  QuotaExceeded:
    'The subscription has reached a quota in this region, for example the number of storage accounts or ' +
    'container registries. Free some capacity, pick another region, or request a quota increase, then redeploy.',
};

// Which explanation an error gets, if any.
function explanationKey(error: ArmErrorBody): string | null {
  if (ERROR_EXPLANATIONS[error.code]) return error.code;
  if (/quota/i.test(error.code)) return 'QuotaExceeded';
  if (error.code === 'OperationNotAllowed' && /quota/i.test(error.message)) return 'QuotaExceeded';
  return null;
}

/** The plain-words explanation of an error, looking through its details (the root cause is often nested). */
export function explainArmError(error: ArmErrorBody): string | null {
  const queue: ArmErrorBody[] = [error];
  for (let next = queue.shift(); next; next = queue.shift()) {
    const key = explanationKey(next);
    if (key) return ERROR_EXPLANATIONS[key];
    queue.push(...(next.details ?? []));
  }
  return null;
}
