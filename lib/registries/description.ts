// The registry's description. The REST Registry has no description property (ARM contract §1) and the
// docs keep it as a tag (§6), so it travels as the `description` tag, hidden from the user's tag rows.
import { z } from 'zod';
import { markupProblem } from './markup';

/** The tag that carries the description. Tag names are case-insensitive in ARM. */
export const DESCRIPTION_TAG = 'description';

/** A tag value may hold at most 256 characters, so the description may too (not the 512 a tag name allows). */
export const DESCRIPTION_MAX_LENGTH = 256;

/** The optional "Description" field. */
export const descriptionSchema = z
  .string({ error: 'The description must be text.' })
  .max(DESCRIPTION_MAX_LENGTH, {
    error: (issue) =>
      `Use at most ${DESCRIPTION_MAX_LENGTH} characters (Azure keeps the description as a tag value); ` +
      `this one has ${typeof issue.input === 'string' ? issue.input.length : 'more'}.`,
  })
  .superRefine((text, ctx) => {
    const problem = markupProblem(text);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** True when a tag name is the description tag, in any casing. */
export function isDescriptionTag(name: string): boolean {
  return name.toLowerCase() === DESCRIPTION_TAG;
}

/** Separates the description tag from the other tags. Missing description: ''. */
export function splitDescription(tags: Record<string, string> | undefined | null): {
  description: string;
  tags: Record<string, string>;
} {
  let description = '';
  const rest: [string, string][] = [];
  for (const [name, value] of Object.entries(tags ?? {})) {
    if (isDescriptionTag(name)) description = value;
    else rest.push([name, value]);
  }
  return { description, tags: Object.fromEntries(rest) };
}

/** Puts a description back among the tags (replacing any casing of the tag); a blank one is left out. */
export function mergeDescription(
  tags: Record<string, string> | undefined | null,
  description: string | undefined | null,
): Record<string, string> {
  const entries = Object.entries(tags ?? {}).filter(([name]) => !isDescriptionTag(name));
  const text = (description ?? '').trim();
  if (text !== '') entries.push([DESCRIPTION_TAG, text]);
  return Object.fromEntries(entries);
}
