// Tag rows for the wizard and the tag editor, with ARM's tag rules (ARM contract §1, issue 5 "Tags").
import { z } from 'zod';
import { isDescriptionTag } from './description';
import { markupProblem } from './markup';

/** At most this many tags on one resource. */
export const MAX_TAGS = 50;
/** Longest tag name. */
export const MAX_TAG_NAME_LENGTH = 512;
/** Longest tag value. */
export const MAX_TAG_VALUE_LENGTH = 256;
/** Characters ARM refuses in tag names. */
export const FORBIDDEN_TAG_NAME_CHARS = ['<', '>', '%', '&', '\\', '?', '/'] as const;
/** Prefixes reserved by Azure (case-insensitive). */
export const RESERVED_TAG_PREFIXES = ['microsoft', 'azure', 'windows'] as const;

/** One editable tag: a row of the tag grid. */
export interface TagRow {
  name: string;
  value: string;
}

/** The first problem with a tag name, or null. */
export function tagNameProblem(name: string): string | null {
  if (name.trim() === '') return 'Enter a tag name, or remove this row.';
  if (name.length > MAX_TAG_NAME_LENGTH) {
    return `Use at most ${MAX_TAG_NAME_LENGTH} characters in a tag name (this one has ${name.length}).`;
  }
  const bad = FORBIDDEN_TAG_NAME_CHARS.find((c) => name.includes(c));
  if (bad) return `Remove "${bad}": tag names cannot contain ${FORBIDDEN_TAG_NAME_CHARS.join(' ')}.`;
  const lower = name.toLowerCase();
  const reserved = RESERVED_TAG_PREFIXES.find((p) => lower.startsWith(p));
  if (reserved) return `Tag names cannot start with "${reserved}": Azure reserves that prefix.`;
  if (isDescriptionTag(name)) return 'The tag "description" is reserved: use the Description field instead.';
  return null;
}

const tagRowSchema = z.strictObject(
  {
    name: z.string({ error: 'A tag name must be text.' }).superRefine((name, ctx) => {
      const problem = tagNameProblem(name);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
    value: z
      .string({ error: 'A tag value must be text.' })
      .max(MAX_TAG_VALUE_LENGTH, { error: `Use at most ${MAX_TAG_VALUE_LENGTH} characters in a tag value.` })
      .superRefine((value, ctx) => {
        const problem = markupProblem(value);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }),
  },
  { error: 'Each tag must be a { name, value } pair.' },
);

/**
 * The tag rows: at most 50, names unique ignoring case. Errors land on `N.name` / `N.value`
 * (so `tags.3.name` inside a form). Over 50 rows, only the count is reported: the rows are not inspected,
 * so a hostile list of 10,000 tags costs one message, not 10,000.
 */
export const tagRowsSchema = z
  .array(z.unknown(), { error: 'Tags must be a list of { name, value } rows.' })
  .max(MAX_TAGS, {
    error: (issue) =>
      `Use at most ${MAX_TAGS} tags (there are ${Array.isArray(issue.input) ? issue.input.length : 'more'}).`,
  })
  .pipe(z.array(tagRowSchema))
  .superRefine((rows, ctx) => {
    const seen = new Set<string>();
    rows.forEach((row, index) => {
      // Refinements still run when a row failed its own checks: skip rows that are not { name: string }.
      if (typeof row?.name !== 'string') return;
      const key = row.name.toLowerCase();
      if (seen.has(key)) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'name'],
          message: `The tag "${row.name}" is already used above (tag names ignore case).`,
        });
      }
      seen.add(key);
    });
  });

/** ARM tags → rows, in the order ARM sent them. */
export function tagsToRows(tags: Record<string, string> | undefined | null): TagRow[] {
  return Object.entries(tags ?? {}).map(([name, value]) => ({ name, value }));
}

/** Rows → ARM tags. Object.fromEntries keeps a name like "__proto__" as a plain key. */
export function rowsToTags(rows: readonly TagRow[]): Record<string, string> {
  return Object.fromEntries(rows.map((row) => [row.name, row.value]));
}
