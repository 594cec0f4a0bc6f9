// Turns a zod error into the `fieldErrors` a server action returns and a form puts back on its fields.
import type { z } from 'zod';

/** Field path ("tags.3.name", "additionalRegions.0") → the first message for it. */
export type FieldErrors = Record<string, string>;

/** Field errors plus messages that belong to no field (the whole input was not an object, say). */
export interface ParseProblems {
  fieldErrors: FieldErrors;
  formErrors: string[];
}

/** Joins a zod path with dots, as react-hook-form names fields. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((segment) => String(segment)).join('.');
}

/** Collects the first message per field; path-less issues become form errors. */
export function problemsOf(error: z.ZodError): ParseProblems {
  const fieldErrors: FieldErrors = {};
  const formErrors: string[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      // Strict objects refuse unknown keys; name each one so a hostile or stale client learns what to drop.
      for (const key of issue.keys) fieldErrors[fieldPath([...issue.path, key])] ??= `Unknown field "${key}": remove it.`;
    } else if (issue.path.length === 0) {
      formErrors.push(issue.message);
    } else {
      fieldErrors[fieldPath(issue.path)] ??= issue.message;
    }
  }
  return { fieldErrors, formErrors };
}
