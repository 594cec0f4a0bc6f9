// OData `$filter` values the authorization lists accept. Role assignments: `atScope()`,
// `principalId eq '{id}'`, `assignedTo('{id}')`, joined by `and`; role definitions: `roleName eq '…'`,
// `type eq 'BuiltInRole' | 'CustomRole'`. Any other filter is refused (400), never silently ignored.
import { unsupportedFilter } from '../rp/authorization-errors';
import type { AssignmentFilter } from '../rp/role-assignments-rp';
import type { DefinitionFilter } from '../rp/role-definitions-rp';

const ASSIGNMENT_FILTERS = "atScope(), principalId eq '{id}', assignedTo('{id}'), joined by 'and'";
const DEFINITION_FILTERS = "roleName eq '{name}', type eq 'BuiltInRole' | 'CustomRole', joined by 'and'";

const clauses = (filter: string) => filter.trim().split(/\s+and\s+/i).map((c) => c.trim());
const unquote = (s: string) => s.replace(/''/g, "'");

/** Parses a role assignment `$filter` (null: no filter). */
export function parseAssignmentFilter(filter: string | null): AssignmentFilter {
  const parsed: AssignmentFilter = { atScope: false };
  if (!filter?.trim()) return parsed;
  for (const clause of clauses(filter)) {
    let m: RegExpExecArray | null;
    if (/^atScope\(\s*\)$/i.test(clause)) parsed.atScope = true;
    else if ((m = /^principalId\s+eq\s+'((?:[^']|'')*)'$/i.exec(clause)) || (m = /^assignedTo\(\s*'((?:[^']|'')*)'\s*\)$/i.exec(clause))) {
      parsed.principalId = unquote(m[1]);
    } else throw unsupportedFilter(filter, ASSIGNMENT_FILTERS);
  }
  return parsed;
}

/** Parses a role definition `$filter` (null: no filter). */
export function parseDefinitionFilter(filter: string | null): DefinitionFilter {
  const parsed: DefinitionFilter = {};
  if (!filter?.trim()) return parsed;
  for (const clause of clauses(filter)) {
    const m = /^(roleName|type)\s+eq\s+'((?:[^']|'')*)'$/i.exec(clause);
    if (!m) throw unsupportedFilter(filter, DEFINITION_FILTERS);
    if (m[1].toLowerCase() === 'rolename') parsed.roleName = unquote(m[2]);
    else parsed.roleType = unquote(m[2]);
  }
  return parsed;
}
