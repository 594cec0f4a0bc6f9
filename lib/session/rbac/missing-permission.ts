// Sentences for what the principal may not do: the tooltip on a disabled control, the refusal a server
// action returns before calling ARM, and ARM's own 403 AuthorizationFailed rewritten in plain words.
import { builtInRolesGranting } from './built-in-roles';
import { actionPhrase } from './console-actions';

function rolesHint(action: string): string {
  const roles = builtInRolesGranting(action);
  if (roles.length === 0) return 'a custom role that includes it';
  return roles.length === 1 ? roles[0] : `${roles.slice(0, -1).join(', ')} or ${roles[roles.length - 1]}`;
}

/** "You need Microsoft.MachineLearningServices/registries/write (Owner or Contributor)". */
export function missingPermissionMessage(action: string): string {
  return `You need ${action} (${rolesHint(action)})`;
}

/** The sentence a refused server action returns: what was refused, the action, and the roles that grant it. */
export function refusalMessage(action: string, scopeLabel: string): string {
  return `You don't have permission to ${actionPhrase(action)} on ${scopeLabel}. ${missingPermissionMessage(action)}; ask an Owner to assign one.`;
}

// "The client 'u' with object id 'o' does not have authorization to perform action 'A' over scope 'S' or the scope is invalid…"
const ARM_AUTHORIZATION_FAILED = /perform action '([^']+)' over scope '([^']+)'/i;

/** A readable label of an ARM scope: "registry 'x'", "resource group 'rg'", "subscription 's'". */
export function scopeLabelOf(scope: string): string {
  const parts = scope.split('/').filter(Boolean);
  if (parts.length >= 8 && parts[4].toLowerCase() === 'providers') {
    const type = parts[parts.length - 2].toLowerCase();
    return `${type === 'registries' ? 'registry' : 'resource'} '${parts[parts.length - 1]}'`;
  }
  if (parts.length >= 4 && parts[2].toLowerCase() === 'resourcegroups') return `resource group '${parts[3]}'`;
  if (parts.length >= 2 && parts[0].toLowerCase() === 'subscriptions') return `subscription '${parts[1]}'`;
  return `scope '${scope}'`;
}

/** ARM's AuthorizationFailed message in plain words (the original kept for support); other messages unchanged. */
export function plainAuthorizationMessage(code: string, message: string): string {
  if (code !== 'AuthorizationFailed' && code !== 'LinkedAuthorizationFailed') return message;
  const match = ARM_AUTHORIZATION_FAILED.exec(message);
  if (!match) return `You don't have permission to do this. ${message}`;
  return `${refusalMessage(match[1], scopeLabelOf(match[2]))} (Azure said: ${message})`;
}
