// Flattens react-hook-form's nested errors object into dotted field paths ("tags.3.name"), so the step list
// can mark every step that holds one (stepsWithErrors) and the review can list them.
import type { FieldErrors as FormErrors, FieldValues } from 'react-hook-form';

/** Dotted paths of every field that has an error message. */
export function errorPaths<T extends FieldValues>(errors: FormErrors<T>): string[] {
  const paths: string[] = [];
  const walk = (node: unknown, prefix: string, depth: number) => {
    if (!node || typeof node !== 'object' || depth > 6) return;
    const record = node as Record<string, unknown>;
    if (typeof record.message === 'string' && record.message !== '' && prefix !== '') paths.push(prefix);
    for (const [key, child] of Object.entries(record)) {
      // `ref` points at a DOM element and `types` repeats the messages; strings are an error's own
      // `message`/`type`. A field may itself be called `type` (advanced.storage.eastus.type): objects are kept.
      if (key === 'ref' || key === 'types' || typeof child !== 'object') continue;
      walk(child, prefix === '' ? key : key === 'root' ? prefix : `${prefix}.${key}`, depth + 1);
    }
  };
  walk(errors, '', 0);
  return [...new Set(paths)];
}

/** The message at a dotted path of the errors object, if any. */
export function errorAt<T extends FieldValues>(errors: FormErrors<T>, path: string): string | undefined {
  let node: unknown = errors;
  for (const segment of path.split('.')) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  const message = (node as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' && message !== '' ? message : undefined;
}
