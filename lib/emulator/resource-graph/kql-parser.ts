// Parser for the KQL subset the console sends to Resource Graph (issue 3): the `Resources` table, then
// `| where` (comparisons of string columns joined by `and`), `| project` of columns, `| order by` /
// `| sort by` with asc|desc keys, `| limit` / `| take`. Anything else is refused with a KqlError that
// names the unsupported part — never skipped. Column references are resolved against what is still
// visible after each `project`, as KQL does.
import type { Column, StringColumn } from './columns';
import { ALL_COLUMNS, isColumn, isStringColumn } from './columns';
import { KqlError } from './kql-error';
import type { Token } from './kql-lexer';
import { tokenize } from './kql-lexer';

/** String comparison operators, with KQL semantics (`~` and `contains` are case-insensitive). */
export const STRING_OPERATORS = ['==', '=~', '!=', '!~', 'in', 'in~', '!in', '!in~', 'contains', '!contains', 'contains_cs', 'startswith', '!startswith'] as const;
/** One string comparison operator. */
export type StringOperator = (typeof STRING_OPERATORS)[number];

/** `column op value` or `column op (v1, v2, …)`. */
export interface Comparison {
  column: StringColumn;
  op: StringOperator;
  values: string[];
}

/** One tabular operator of the pipeline. */
export type QueryOperator =
  | { kind: 'where'; conditions: Comparison[] }
  | { kind: 'project'; columns: Column[] }
  | { kind: 'order'; keys: { column: StringColumn; direction: 'asc' | 'desc' }[] }
  | { kind: 'limit'; count: number };

/** A parsed query: the operators after `Resources`, and the columns visible at the end. */
export interface ParsedQuery {
  operators: QueryOperator[];
  output: Column[];
}

const LIST_OPERATORS = new Set<string>(['in', 'in~', '!in', '!in~']);

class Parser {
  private i = 0;
  private visible: Column[] = [...ALL_COLUMNS];

  constructor(private readonly tokens: Token[]) {}

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }

  private next(what: string): Token {
    const t = this.tokens[this.i++];
    if (!t) throw new KqlError('ParserFailure', `The query ended where ${what} was expected.`);
    return t;
  }

  private isPunct(value: string): boolean {
    const t = this.peek();
    return t?.kind === 'punct' && t.value === value;
  }

  private expectPunct(value: string): void {
    const t = this.next(`'${value}'`);
    if (t.kind !== 'punct' || t.value !== value) throw new KqlError('ParserFailure', `Expected '${value}' at position ${t.at} but found '${t.value}'.`);
  }

  private column(usage: string): Column {
    const t = this.next('a column name');
    if (t.kind !== 'ident') throw new KqlError('ParserFailure', `Expected a column name at position ${t.at} but found '${t.value}'.`);
    if (this.isPunct('(')) throw new KqlError('UnsupportedFunction', `The function '${t.value}' is not supported by the emulator's Resource Graph.`);
    if (this.isPunct('=')) throw new KqlError('UnsupportedExpression', `Renaming or computing columns ('${t.value} = …') is not supported by the emulator's Resource Graph.`);
    if (!isColumn(t.value) || !this.visible.includes(t.value)) throw new KqlError('InvalidQuery', `Failed to resolve scalar expression named '${t.value}'.`);
    if (this.isPunct('.') || this.isPunct('[')) {
      throw new KqlError('UnsupportedExpression', `Accessing properties of the dynamic column '${t.value}' (${usage}) is not supported by the emulator's Resource Graph.`);
    }
    return t.value;
  }

  private stringLiteral(): string {
    const t = this.next('a string literal');
    if (t.kind !== 'string') throw new KqlError('UnsupportedExpression', `Only string literals can be compared; found '${t.value}' at position ${t.at}.`);
    return t.value;
  }

  private comparison(): Comparison {
    const first = this.peek();
    if (first?.kind === 'ident' && first.value === 'not') throw new KqlError('UnsupportedFunction', "The function 'not' is not supported by the emulator's Resource Graph.");
    const column = this.column('in a where clause');
    if (!isStringColumn(column)) throw new KqlError('UnsupportedExpression', `Filtering on the dynamic column '${column}' is not supported by the emulator's Resource Graph.`);
    const opToken = this.next('a comparison operator');
    const op = opToken.value as StringOperator;
    if (!(STRING_OPERATORS as readonly string[]).includes(op)) {
      throw new KqlError('UnsupportedOperator', `The operator '${opToken.value}' is not supported by the emulator's Resource Graph (supported: ${STRING_OPERATORS.join(', ')}).`);
    }
    if (!LIST_OPERATORS.has(op)) return { column, op, values: [this.stringLiteral()] };
    this.expectPunct('(');
    const values = [this.stringLiteral()];
    while (this.isPunct(',')) {
      this.i++;
      values.push(this.stringLiteral());
    }
    this.expectPunct(')');
    return { column, op, values };
  }

  private where(): QueryOperator {
    const conditions = [this.comparison()];
    for (;;) {
      const t = this.peek();
      if (!t || (t.kind === 'punct' && t.value === '|')) break;
      if (t.kind === 'ident' && t.value === 'and') {
        this.i++;
        conditions.push(this.comparison());
      } else if (t.kind === 'ident' && t.value === 'or') {
        throw new KqlError('UnsupportedOperator', "The logical operator 'or' is not supported by the emulator's Resource Graph; only 'and' joins conditions.");
      } else {
        throw new KqlError('ParserFailure', `Unexpected '${t.value}' at position ${t.at} in a where clause.`);
      }
    }
    return { kind: 'where', conditions };
  }

  private project(): QueryOperator {
    const columns = [this.column('in project')];
    while (this.isPunct(',')) {
      this.i++;
      columns.push(this.column('in project'));
    }
    this.visible = columns;
    return { kind: 'project', columns };
  }

  private order(): QueryOperator {
    const by = this.next("'by'");
    if (by.kind !== 'ident' || by.value !== 'by') throw new KqlError('ParserFailure', `Expected 'by' at position ${by.at}.`);
    const keys: { column: StringColumn; direction: 'asc' | 'desc' }[] = [];
    do {
      if (keys.length) this.i++;
      const column = this.column('in order by');
      if (!isStringColumn(column)) throw new KqlError('UnsupportedExpression', `Sorting by the dynamic column '${column}' is not supported.`);
      const t = this.peek();
      // KQL's default sort direction is descending.
      let direction: 'asc' | 'desc' = 'desc';
      if (t?.kind === 'ident' && (t.value === 'asc' || t.value === 'desc')) {
        direction = t.value;
        this.i++;
      }
      if (this.peek()?.kind === 'ident' && this.peek()?.value === 'nulls') throw new KqlError('UnsupportedExpression', "'nulls first|last' is not supported by the emulator's Resource Graph.");
      keys.push({ column, direction });
    } while (this.isPunct(','));
    return { kind: 'order', keys };
  }

  private limit(): QueryOperator {
    const t = this.next('a row count');
    if (t.kind !== 'number') throw new KqlError('ParserFailure', `Expected a row count at position ${t.at} but found '${t.value}'.`);
    return { kind: 'limit', count: t.value };
  }

  private operator(): QueryOperator {
    const t = this.next('a tabular operator');
    if (t.kind !== 'ident') throw new KqlError('ParserFailure', `Expected a tabular operator at position ${t.at} but found '${t.value}'.`);
    let op: QueryOperator;
    if (t.value === 'where' || t.value === 'filter') op = this.where();
    else if (t.value === 'project') op = this.project();
    else if (t.value === 'order' || t.value === 'sort') op = this.order();
    else if (t.value === 'limit' || t.value === 'take') op = this.limit();
    else throw new KqlError('UnsupportedOperator', `The tabular operator '${t.value}' is not supported by the emulator's Resource Graph (supported: where, project, order by, sort by, limit, take).`);
    const after = this.peek();
    if (after && !(after.kind === 'punct' && after.value === '|')) throw new KqlError('ParserFailure', `Unexpected '${after.value}' at position ${after.at} after '${t.value}'.`);
    return op;
  }

  parse(): ParsedQuery {
    const table = this.next('a table name');
    if (table.kind !== 'ident') throw new KqlError('ParserFailure', `Expected a table name at position ${table.at}.`);
    if (table.value.toLowerCase() !== 'resources') {
      throw new KqlError('InvalidQuery', `The table '${table.value}' is not supported by the emulator's Resource Graph; only 'Resources' is.`);
    }
    const operators: QueryOperator[] = [];
    while (this.peek()) {
      this.expectPunct('|');
      operators.push(this.operator());
    }
    return { operators, output: this.visible };
  }
}

/** Parses a query; throws KqlError naming the first unsupported or invalid part. */
export function parseKql(query: string): ParsedQuery {
  return new Parser(tokenize(query)).parse();
}
