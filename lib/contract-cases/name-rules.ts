// Valid and invalid names per ARM resource type: one table that both the console's validators and the
// emulator's run, so the two can never disagree about a name ARM itself would accept.
// Pure data, imports nothing (client code, server code and the emulator all read it).
//
// Sources:
// - Microsoft.Resources/resourceGroups: the REST spec's pattern `^[-\w\._\(\)]+$`, maxLength 90 (resources.json),
//   evaluated by .NET where `\w` is Unicode; Microsoft's naming rules ("Underscores, hyphens, periods, parentheses,
//   and letters or digits as defined by the Char.IsLetterOrDigit function. Can't end with period.") and the SDK's
//   docs ("alphanumeric, underscore, parentheses, hyphen, period (except at end), and Unicode characters that match
//   the allowed characters"). So ARM accepts "rg-é" and refuses emoji and symbols.
// - Microsoft.Resources/deployments: the same spec pattern, 1–64 characters.
// - Microsoft.MachineLearningServices/registries: the spec's `^[a-zA-Z0-9][a-zA-Z0-9\-_]{2,32}$`.
// - Microsoft.Authorization/roleAssignments and roleDefinitions: the name is a GUID.

/** Names that ARM accepts (valid) and refuses (invalid, with why) for one resource type. */
export interface NameRuleCases {
  valid: string[];
  invalid: { name: string; reason: string }[];
}

const GUID_CASES: NameRuleCases = {
  valid: ['3f2504e0-4f89-41d3-9a0c-0305e82c3301', '3F2504E0-4F89-41D3-9A0C-0305E82C3301'],
  invalid: [
    { name: '', reason: 'empty' },
    { name: 'owner', reason: 'not a GUID' },
    { name: '3f2504e0-4f89-41d3-9a0c-0305e82c330', reason: 'one hex digit short' },
    { name: '3f2504e0-4f89-41d3-9a0c-0305e82c33zz', reason: 'non-hex characters' },
  ],
};

/** Cases keyed by ARM resource type. */
export const NAME_RULE_CASES: Record<string, NameRuleCases> = {
  'Microsoft.MachineLearningServices/registries': {
    valid: ['abc', 'my-registry', 'My_Registry_01', '0registry', 'reg-', 'r__', `r${'x'.repeat(32)}`],
    invalid: [
      { name: '', reason: 'empty' },
      { name: 'ab', reason: 'shorter than 3 characters' },
      { name: `r${'x'.repeat(33)}`, reason: 'longer than 33 characters' },
      { name: '-registry', reason: 'starts with a hyphen' },
      { name: '_registry', reason: 'starts with an underscore' },
      { name: 'my.registry', reason: 'contains a period' },
      { name: 'my registry', reason: 'contains a space' },
      { name: 'régistry', reason: 'contains a non-ASCII letter' },
      { name: 'reg(1)', reason: 'contains parentheses' },
    ],
  },
  'Microsoft.Resources/resourceGroups': {
    valid: ['a', 'rg', 'my-rg_01', 'rg.prod', '(rg)', '_', '-', 'rg-é', 'Ünïcödé', 'グループ', 'rg-٣', 'x'.repeat(90)],
    invalid: [
      { name: '', reason: 'empty' },
      { name: 'rg.', reason: 'ends with a period' },
      { name: 'x'.repeat(91), reason: 'longer than 90 characters' },
      { name: 'my rg', reason: 'contains a space' },
      { name: 'rg#1', reason: "contains '#'" },
      { name: 'rg@x', reason: "contains '@'" },
      { name: 'rg!', reason: "contains '!'" },
      { name: 'rg+1', reason: "contains '+'" },
      { name: 'rg😀', reason: 'contains an emoji (not a letter or digit)' },
    ],
  },
  'Microsoft.Resources/deployments': {
    valid: ['d', 'deploy-1', 'my_deploy.(v2)', 'déploiement', 'x'.repeat(64)],
    invalid: [
      { name: '', reason: 'empty' },
      { name: 'x'.repeat(65), reason: 'longer than 64 characters' },
      { name: 'my deploy', reason: 'contains a space' },
      { name: 'deploy#1', reason: "contains '#'" },
      { name: 'deploy:1', reason: "contains ':'" },
    ],
  },
  'Microsoft.Authorization/roleAssignments': GUID_CASES,
  'Microsoft.Authorization/roleDefinitions': GUID_CASES,
};
