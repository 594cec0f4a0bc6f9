// Tag values (and the description, kept as a tag) are shown by the Portal, Studio, the CLI and this console,
// and end up in templates and scripts. ARM stores any text, but a value carrying HTML markup is refused
// here (issue 5: "script in a tag value" is hostile input), so no consumer ever has to get escaping right.

// A tag opener: `<` followed by a letter, `/`, `!` or `?` ("<script", "</b", "<!--", "<?xml"). A lone `<`
// as in "a < b" or "<3" is ordinary text and stays allowed.
const MARKUP = /<[a-z/!?]/i;

/** The problem with markup in a tag value or description, or null when there is none. */
export function markupProblem(value: string): string | null {
  const match = value.match(MARKUP);
  if (!match) return null;
  return `Remove the markup starting at "${value.slice(match.index, (match.index ?? 0) + 8)}": tag values and descriptions cannot contain HTML tags.`;
}
