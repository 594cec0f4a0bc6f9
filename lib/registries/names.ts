// Name rules for registries and resource groups, shared by the wizard's fields and the server actions.
import { z } from 'zod';

const REGISTRY_NAME_MIN = 3;
const REGISTRY_NAME_MAX = 33;
const RESOURCE_GROUP_NAME_MAX = 90;

/** Shown under the "Registry name" field; says the rule and why the name is permanent. */
export const REGISTRY_NAME_HINT =
  '3–33 characters: letters, digits, - and _, starting with a letter or digit. ' +
  'The name is part of every asset id in the registry, so it cannot be changed later.';

/** Shown under a new resource group's name. */
export const RESOURCE_GROUP_NAME_HINT =
  'Up to 90 characters: letters, digits, and - _ . ( ), not ending with a period.';

/**
 * The first problem with a registry name, or null when it is valid. The docs say 2–32 characters but the REST
 * spec's pattern `^[a-zA-Z0-9][a-zA-Z0-9\-_]{2,32}$` allows 3–33 (ARM contract §1); where they differ the spec
 * decides, and lib/contract-cases/name-rules.ts holds the cases the console and the emulator both run.
 */
export function registryNameProblem(name: string): string | null {
  if (name.length === 0) return 'Enter a registry name.';
  if (/\s/.test(name)) return 'Remove the spaces: a registry name cannot contain spaces.';
  if (!/^[a-zA-Z0-9]/.test(name)) return 'Start the name with a letter or a digit.';
  const bad = name.match(/[^a-zA-Z0-9_-]/);
  if (bad) return `Remove "${bad[0]}": only letters (a–z, A–Z), digits, - and _ are allowed.`;
  if (name.length < REGISTRY_NAME_MIN) return `Use at least ${REGISTRY_NAME_MIN} characters.`;
  if (name.length > REGISTRY_NAME_MAX) {
    return `Use at most ${REGISTRY_NAME_MAX} characters (this name has ${name.length}).`;
  }
  return null;
}

/** A registry name: 3–33 characters, first a letter or digit, then letters, digits, - or _. */
export const registryNameSchema = z
  .string({ error: 'Enter a registry name.' })
  .superRefine((name, ctx) => {
    const problem = registryNameProblem(name);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

// .NET's \w, which ARM's `[-\w._()]` means: Unicode letters, combining marks, decimal digits, connectors.
const RESOURCE_GROUP_CHAR = /[-\p{L}\p{Mn}\p{Nd}\p{Pc}._()]/u;

/** The first problem with a resource group name, or null (ARM contract §3: 1–90 of `[-\w._()]`, no final '.'). */
export function resourceGroupNameProblem(name: string): string | null {
  const chars = [...name];
  if (chars.length === 0) return 'Enter a resource group name.';
  const bad = chars.find((c) => !RESOURCE_GROUP_CHAR.test(c));
  if (bad !== undefined) {
    return bad.trim() === ''
      ? 'Remove the spaces: a resource group name cannot contain spaces.'
      : `Remove "${bad}": only letters, digits, and - _ . ( ) are allowed.`;
  }
  if (chars.length > RESOURCE_GROUP_NAME_MAX) {
    return `Use at most ${RESOURCE_GROUP_NAME_MAX} characters (this name has ${chars.length}).`;
  }
  if (name.endsWith('.')) return 'Remove the final period: a resource group name cannot end with ".".';
  return null;
}

/** A resource group name as ARM accepts it. */
export const resourceGroupNameSchema = z
  .string({ error: 'Enter a resource group name.' })
  .superRefine((name, ctx) => {
    const problem = resourceGroupNameProblem(name);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
