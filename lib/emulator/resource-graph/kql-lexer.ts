// Tokenizer for the KQL subset the emulator's Resource Graph accepts: identifiers (with KQL's dashed
// operator names such as `mv-expand`, so they can be refused by name), string literals in single or
// double quotes with backslash escapes, integers, the comparison operators (`==`, `=~`, `!=`, `!~`,
// `in~`, `!in`, `!in~`, `!contains`…) and punctuation.
import { KqlError } from './kql-error';

/** One token with its offset in the query (for error messages). */
export type Token =
  | { kind: 'ident'; value: string; at: number }
  | { kind: 'string'; value: string; at: number }
  | { kind: 'number'; value: number; at: number }
  | { kind: 'op'; value: string; at: number }
  | { kind: 'punct'; value: string; at: number };

const IDENT_START = /[A-Za-z_]/;
const IDENT_PART = /[A-Za-z0-9_]/;
const TWO_CHAR_OPS = ['==', '=~', '!=', '!~', '<=', '>=', '<>'];

function readIdent(q: string, i: number): number {
  let j = i + 1;
  while (j < q.length && IDENT_PART.test(q[j])) j++;
  // KQL operator names may contain dashes (project-away, mv-expand): keep them whole.
  while (q[j] === '-' && j + 1 < q.length && IDENT_START.test(q[j + 1])) {
    j += 2;
    while (j < q.length && IDENT_PART.test(q[j])) j++;
  }
  return j;
}

function readString(q: string, i: number): { value: string; end: number } {
  const quote = q[i];
  let value = '';
  for (let j = i + 1; j < q.length; j++) {
    const c = q[j];
    if (c === '\\' && j + 1 < q.length) {
      value += q[++j];
    } else if (c === quote) {
      return { value, end: j + 1 };
    } else {
      value += c;
    }
  }
  throw new KqlError('ParserFailure', `Unterminated string literal starting at position ${i}.`);
}

/** Splits a query into tokens; throws KqlError (ParserFailure) on characters KQL does not allow. */
export function tokenize(q: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < q.length) {
    const c = q[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === '/' && q[i + 1] === '/') {
      while (i < q.length && q[i] !== '\n') i++;
    } else if (IDENT_START.test(c)) {
      const end = readIdent(q, i);
      let value = q.slice(i, end);
      if (value === 'in' && q[end] === '~') value = 'in~';
      tokens.push({ kind: value === 'in~' ? 'op' : 'ident', value, at: i });
      i = end + (value === 'in~' ? 1 : 0);
    } else if (c === "'" || c === '"') {
      const { value, end } = readString(q, i);
      tokens.push({ kind: 'string', value, at: i });
      i = end;
    } else if (/[0-9]/.test(c)) {
      let j = i;
      while (j < q.length && /[0-9]/.test(q[j])) j++;
      tokens.push({ kind: 'number', value: Number(q.slice(i, j)), at: i });
      i = j;
    } else if (c === '!' && IDENT_START.test(q[i + 1] ?? '')) {
      // Negated word operators: !in, !in~, !contains, !startswith, !has …
      const end = readIdent(q, i + 1);
      const tilde = q[end] === '~';
      tokens.push({ kind: 'op', value: q.slice(i, end) + (tilde ? '~' : ''), at: i });
      i = end + (tilde ? 1 : 0);
    } else if (TWO_CHAR_OPS.includes(q.slice(i, i + 2))) {
      tokens.push({ kind: 'op', value: q.slice(i, i + 2), at: i });
      i += 2;
    } else if ('|(),[].=<>+-*/%;:{}~!'.includes(c)) {
      tokens.push({ kind: 'punct', value: c, at: i });
      i++;
    } else {
      throw new KqlError('ParserFailure', `Unexpected character '${c}' at position ${i}.`);
    }
  }
  return tokens;
}
