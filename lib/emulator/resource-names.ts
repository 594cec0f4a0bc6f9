// ARM's name rules per resource type, in one place: every handler that takes a name from the URL checks it
// here, and lib/emulator/resource-names.test.ts runs the shared case table (lib/contract-cases) through it.
// Where ARM is .NET, `\w` in a spec pattern is Unicode: resource groups and deployments accept letters and
// digits as Char.IsLetterOrDigit defines them (\p{L}, \p{Nd}), e.g. "rg-é" (Microsoft's naming rules).
import { invalidResourceName } from './errors';

interface NameRule {
  pattern: RegExp;
  /** ARM's wording of the rule, appended to InvalidResourceName's message. */
  rule: string;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The rule for each name-checked resource type. */
const NAME_RULES: Record<string, NameRule> = {
  'Microsoft.MachineLearningServices/registries': {
    pattern: /^[a-zA-Z0-9][a-zA-Z0-9\-_]{2,32}$/,
    rule: 'Registry names must be 3 to 33 characters long, start with a letter or number, and contain only letters, numbers, hyphens and underscores.',
  },
  'Microsoft.Resources/resourceGroups': {
    pattern: /^[-\p{L}\p{Nd}_.()]{0,89}[-\p{L}\p{Nd}_()]$/u,
    rule: "Resource group names must be 1 to 90 characters of letters, digits, '-', '_', '.', '(' or ')' and cannot end in '.'.",
  },
  'Microsoft.Resources/deployments': {
    pattern: /^[-\p{L}\p{Nd}_.()]{1,64}$/u,
    rule: "Deployment names must be 1 to 64 characters of letters, digits, '-', '_', '.', '(' and ')'.",
  },
  'Microsoft.Authorization/roleAssignments': { pattern: GUID, rule: 'The role assignment name must be a GUID.' },
  'Microsoft.Authorization/roleDefinitions': { pattern: GUID, rule: 'The role definition name must be a GUID.' },
};

/** The resource types whose names the emulator checks. */
export const NAME_CHECKED_TYPES: readonly string[] = Object.keys(NAME_RULES);

/** True when ARM accepts `name` for `type` (a type without a rule here has none: any name). */
export function isValidResourceName(type: string, name: string): boolean {
  const r = NAME_RULES[type];
  return !r || r.pattern.test(name);
}

/** Throws 400 InvalidResourceName unless ARM accepts `name` for `type`. */
export function assertResourceName(type: string, name: string): void {
  if (!isValidResourceName(type, name)) throw invalidResourceName(name, type, NAME_RULES[type].rule);
}
