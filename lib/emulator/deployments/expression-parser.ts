// Parses ARM template language expressions (`[concat(parameters('a'), '-x')]`) into a small syntax tree.
// The grammar is ARM's: function calls, single-quoted strings ('' escapes a quote), integers, and member
// access (`.location`, `['x']`, `[0]`). Which functions are allowed is the evaluator's decision, not the
// parser's, so an unsupported function is reported by name rather than as a syntax error.

/** A node of a parsed expression. */
export type ExpressionNode =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'call'; name: string; args: ExpressionNode[] }
  | { kind: 'member'; target: ExpressionNode; property: ExpressionNode };

/** A syntax error in an expression; the evaluator turns it into 400 InvalidTemplate. */
export class ExpressionSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExpressionSyntaxError';
  }
}

/** True when a template string is an expression (`[...]`, but not the `[[` literal escape). */
export function isExpression(text: string): boolean {
  return text.length >= 2 && text.startsWith('[') && text.endsWith(']') && !text.startsWith('[[');
}

/** The literal a `[[...]` string stands for (ARM drops the first bracket). */
export function unescapeLiteral(text: string): string {
  return text.startsWith('[[') ? text.slice(1) : text;
}

class Parser {
  private pos = 0;
  constructor(private readonly src: string) {}

  private skipSpace(): void {
    while (this.pos < this.src.length && /\s/.test(this.src[this.pos])) this.pos++;
  }

  private peek(): string | undefined {
    this.skipSpace();
    return this.src[this.pos];
  }

  private expect(ch: string): void {
    if (this.peek() !== ch) throw new ExpressionSyntaxError(`expected '${ch}' at position ${this.pos + 1}, found '${this.src[this.pos] ?? 'end of expression'}'`);
    this.pos++;
  }

  parseAll(): ExpressionNode {
    const node = this.parseExpression();
    if (this.peek() !== undefined) throw new ExpressionSyntaxError(`unexpected '${this.src[this.pos]}' at position ${this.pos + 1}`);
    return node;
  }

  private parseExpression(): ExpressionNode {
    let node = this.parsePrimary();
    for (;;) {
      const ch = this.peek();
      if (ch === '.') {
        this.pos++;
        node = { kind: 'member', target: node, property: { kind: 'string', value: this.parseIdentifier() } };
      } else if (ch === '[') {
        this.pos++;
        const property = this.parseExpression();
        this.expect(']');
        node = { kind: 'member', target: node, property };
      } else {
        return node;
      }
    }
  }

  private parseIdentifier(): string {
    this.skipSpace();
    const match = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.src.slice(this.pos));
    if (!match) throw new ExpressionSyntaxError(`expected a name at position ${this.pos + 1}`);
    this.pos += match[0].length;
    return match[0];
  }

  private parsePrimary(): ExpressionNode {
    const ch = this.peek();
    if (ch === "'") return this.parseString();
    if (ch !== undefined && /[-0-9]/.test(ch)) {
      const match = /^-?\d+/.exec(this.src.slice(this.pos));
      if (!match) throw new ExpressionSyntaxError(`invalid number at position ${this.pos + 1}`);
      this.pos += match[0].length;
      return { kind: 'number', value: Number(match[0]) };
    }
    const name = this.parseIdentifier();
    this.expect('(');
    const args: ExpressionNode[] = [];
    if (this.peek() !== ')') {
      args.push(this.parseExpression());
      while (this.peek() === ',') {
        this.pos++;
        args.push(this.parseExpression());
      }
    }
    this.expect(')');
    return { kind: 'call', name, args };
  }

  private parseString(): ExpressionNode {
    this.pos++; // opening quote
    let value = '';
    for (;;) {
      const ch = this.src[this.pos];
      if (ch === undefined) throw new ExpressionSyntaxError('unterminated string literal');
      this.pos++;
      if (ch !== "'") {
        value += ch;
      } else if (this.src[this.pos] === "'") {
        value += "'";
        this.pos++;
      } else {
        return { kind: 'string', value };
      }
    }
  }
}

/** Parses the text of an expression string (with its surrounding brackets). */
export function parseExpression(text: string): ExpressionNode {
  return new Parser(text.slice(1, -1)).parseAll();
}
