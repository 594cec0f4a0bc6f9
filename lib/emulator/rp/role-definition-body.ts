// Parses a custom role PUT body (RoleDefinition, authorization-RoleDefinitionsCalls.json 2022-04-01):
// `{ properties: { roleName, description?, type: 'CustomRole', permissions: [{actions, notActions?,
// dataActions?, notDataActions?}], assignableScopes } }`. Every assignable scope must be a subscription,
// resource group or resource scope inside an existing subscription.
import type { Permission } from '../rbac/built-in-roles';
import type { Db } from '../store/db';
import { getSubscription } from '../store/subscriptions';
import { invalidRoleDefinition } from './authorization-errors';
import { parseScope } from '../rbac/scope';

/** The caller-controlled part of a custom role. */
export interface CustomRoleInput {
  roleName: string;
  description: string;
  permissions: Permission[];
  assignableScopes: string[];
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function stringList(v: unknown, path: string, required: boolean): string[] {
  if (v === undefined || v === null) {
    if (required) throw invalidRoleDefinition(`The property '${path}' is required.`);
    return [];
  }
  if (!Array.isArray(v) || v.some((s) => typeof s !== 'string' || !s.trim())) throw invalidRoleDefinition(`The property '${path}' must be an array of non-empty strings.`);
  return v as string[];
}

function parsePermission(v: unknown, i: number): Permission {
  if (!isObject(v)) throw invalidRoleDefinition(`The property 'properties.permissions[${i}]' must be an object.`);
  return {
    actions: stringList(v.actions, `properties.permissions[${i}].actions`, false),
    notActions: stringList(v.notActions, `properties.permissions[${i}].notActions`, false),
    dataActions: stringList(v.dataActions, `properties.permissions[${i}].dataActions`, false),
    notDataActions: stringList(v.notDataActions, `properties.permissions[${i}].notDataActions`, false),
  };
}

/** Validates the body; throws 400 InvalidRoleDefinition naming the offending property. */
export function parseCustomRoleBody(db: Db, body: unknown): CustomRoleInput {
  if (!isObject(body) || !isObject(body.properties)) throw invalidRoleDefinition("The property 'properties' is required.");
  const p = body.properties;
  if (typeof p.roleName !== 'string' || !p.roleName.trim()) throw invalidRoleDefinition("The property 'properties.roleName' is required.");
  if (p.type !== undefined && (typeof p.type !== 'string' || p.type.toLowerCase() !== 'customrole')) {
    throw invalidRoleDefinition(`The role type '${String(p.type)}' is not valid: only 'CustomRole' definitions can be created.`);
  }
  if (p.description !== undefined && p.description !== null && typeof p.description !== 'string') throw invalidRoleDefinition("The property 'properties.description' must be a string.");
  if (!Array.isArray(p.permissions) || p.permissions.length === 0) throw invalidRoleDefinition("The property 'properties.permissions' must be a non-empty array.");
  const permissions = p.permissions.map(parsePermission);
  if (permissions.every((b) => b.actions.length === 0 && b.dataActions.length === 0)) throw invalidRoleDefinition('A role definition must grant at least one action or data action.');
  const assignableScopes = stringList(p.assignableScopes, 'properties.assignableScopes', true);
  if (assignableScopes.length === 0) throw invalidRoleDefinition("The property 'properties.assignableScopes' must name at least one scope.");
  for (const scope of assignableScopes) {
    const parsed = parseScope(scope);
    if (!parsed || !getSubscription(db, parsed.subscriptionId)) throw invalidRoleDefinition(`The assignable scope '${scope}' is not a valid scope in this tenant.`);
  }
  return { roleName: p.roleName.trim(), description: typeof p.description === 'string' ? p.description : '', permissions, assignableScopes };
}
